# unittest.TestCase's life cycle: cleanups (order, failures, enterContext), nested subTests,
# skip decorators, expectedFailure, debug(), identity, and a result without the optional methods.
import io
import warnings
import re
import unittest

events = []


class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        events.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        events.append('exit %s %s' % (self.name, exc))


class Life(unittest.TestCase):
    def setUp(self):
        events.append('setUp')
        self.addCleanup(events.append, 'cleanup 1')
        self.addCleanup(lambda: events.append('cleanup 2'))

    def tearDown(self):
        events.append('tearDown')

    def test_context(self):
        events.append(self.enterContext(Resource('r')))
        self.addCleanup(events.append, 'cleanup 3')

    def test_failing_cleanup(self):
        def bad():
            raise KeyError('in cleanup')
        self.addCleanup(bad)
        self.addCleanup(lambda: 1 / 0)

    def test_subtests(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 2)
            with self.subTest('inner', a=3):
                raise ValueError('inner')
        with self.subTest():
            self.fail('plain')
        with self.subTest(msg=None):
            self.skipTest('skip in subtest')
        events.append('after subtests')

    def test_not_a_cm(self):
        try:
            self.enterContext(object())
        except TypeError as e:
            events.append(str(e))


def run(*names, cls=Life):
    result = unittest.TestResult()
    for name in names:
        events.clear()
        cls(name).run(result)
        print(name, events)
    for test in result.unexpectedSuccesses:
        print('  unexpected success', test.id())
    for kind in ('errors', 'failures', 'skipped', 'expectedFailures'):
        for test, info in getattr(result, kind):
            last = info if isinstance(info, str) else info
            if not isinstance(last, str):
                last = repr(last)
            print(' ', kind, test.id(), '|', str(test), '|', (last.strip().splitlines() or [''])[-1])
    print(' ', result.testsRun, result.wasSuccessful())


run('test_context', 'test_failing_cleanup', 'test_subtests', 'test_not_a_cm')


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        events.append('never')


class Decorated(unittest.TestCase):
    @unittest.skipIf(True, 'if true')
    def test_a(self):
        pass

    @unittest.skipIf(False, 'if false')
    def test_b(self):
        events.append('b ran')

    @unittest.skipUnless(False, 'unless false')
    def test_c(self):
        pass

    @unittest.skip
    def test_d(self):
        pass

    @unittest.expectedFailure
    def test_e(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_f(self):
        pass

    @unittest.expectedFailure
    def test_g(self):
        with self.subTest(i=1):
            raise KeyError('expected')
        events.append('not reached')

    def test_h(self):
        self.skipTest('skipped inside')

    def test_i(self):
        return 'a value'


run('test_x', cls=Skipped)
run('test_a', 'test_b', 'test_c', 'test_d', 'test_e', 'test_f', 'test_g', 'test_h', cls=Decorated)
print(Skipped.__unittest_skip__, Skipped.__unittest_skip_why__, Decorated.test_d.__unittest_skip_why__ == '')
print(Decorated.test_e.__unittest_expecting_failure__)


class Plain:
    """A result with only the required methods."""
    def __init__(self):
        self.log = []
    def startTest(self, t): self.log.append('start')
    def stopTest(self, t): self.log.append('stop')
    def addSuccess(self, t): self.log.append('success')
    def addFailure(self, t, e): self.log.append('failure ' + e[0].__name__)
    def addError(self, t, e): self.log.append('error ' + e[0].__name__)


import warnings
for name in ('test_d', 'test_e', 'test_f', 'test_i'):
    p = Plain()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        Decorated(name).run(p)
    print(name, p.log, [(w.category.__name__, str(w.message)) for w in caught])

t = Life('test_context')
print(t.id(), str(t), repr(t), t.countTestCases(), t.shortDescription())
print(t == Life('test_context'), t != Life('test_subtests'), hash(t) == hash(Life('test_context')))
try:
    Life('nonexistent')
except ValueError as e:
    print('ValueError', e)
print(unittest.TestCase().id(), unittest.TestCase()._testMethodName)
events.clear()
Life('test_context').debug()
print('debug', events)
try:
    Skipped('test_x').debug()
except unittest.SkipTest as e:
    print('SkipTest', e)
result = Life('test_context')()
print(type(result).__name__, result.testsRun)

f = unittest.FunctionTestCase(lambda: None, description='described')
print(f.shortDescription(), f.countTestCases())


def doc_test():
    """First line.
    second"""
g = unittest.FunctionTestCase(doc_test)
print(g.id(), str(g), g.shortDescription(), g == unittest.FunctionTestCase(doc_test))

unittest.addModuleCleanup(print, 'module cleanup 1')
unittest.addModuleCleanup(print, 'module cleanup 2')
unittest.doModuleCleanups()
unittest.addModuleCleanup(lambda: 1 / 0)
unittest.addModuleCleanup(lambda: {}['x'])
try:
    unittest.doModuleCleanups()
except Exception as e:
    print(type(e).__name__, e)


class ClassLevel(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, 'class cleanup')
        print('entered', cls.enterClassContext(Resource('cls')))
    def test_one(self):
        pass
events.clear()
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(ClassLevel))
print(r.testsRun, events)
