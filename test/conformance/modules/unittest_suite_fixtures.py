# unittest.TestSuite: module and class fixtures and cleanups, nesting, counts, repr/eq, debug, errors.
import unittest
import _mod_ut_fixtures as fx


def run(suite):
    result = unittest.TestResult()
    suite.run(result)
    print(result, [str(t) for t, _ in result.errors], [(str(t), why) for t, why in result.skipped])
    for t, text in result.errors:
        print('   ', repr(t), t.id(), t.shortDescription(), text.splitlines()[-1])
    return result


loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(fx.InModule)
print(suite.countTestCases(), len(list(suite)))
run(suite)
print(fx.log)
print(suite.countTestCases(), list(suite))
fx.log.clear()
fx.fail_setup = True
run(loader.loadTestsFromTestCase(fx.InModule))
print(fx.log)
fx.fail_setup = False
fx.log.clear()


class Local(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(fx.log.append, 'local cleanup')
        cls.addClassCleanup(lambda: 1 / 0)

    def test_x(self):
        fx.log.append('x')


nested = unittest.TestSuite([loader.loadTestsFromTestCase(Local),
                             unittest.TestSuite([fx.InModule('test_1'), Local('test_x')]),
                             fx.InModule('test_2')])
print(nested.countTestCases())
run(nested)
print(fx.log)
fx.log.clear()

a = unittest.TestSuite([Local('test_x')])
b = unittest.TestSuite([Local('test_x')])
print(a == b, a != b, a == unittest.TestSuite(), a == [Local('test_x')], repr(a))
print(unittest.BaseTestSuite([Local('test_x')]) == a, repr(unittest.TestSuite()))
for bad in [5, Local, unittest.TestSuite, 'test']:
    try:
        unittest.TestSuite().addTest(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    unittest.TestSuite('abc')
except TypeError as e:
    print(type(e).__name__, e)
s = unittest.TestSuite()
s.addTests([Local('test_x'), Local('test_x')])
s.addTest(lambda result: print('plain callable', type(result).__name__))
print(s.countTestCases() if False else len(list(s)))
r = unittest.TestResult()
s(r)
print(r.testsRun, list(s))
print(fx.log)
fx.log.clear()


class Dbg(unittest.TestCase):
    def test_ok(self):
        fx.log.append('dbg ok')

    def test_bad(self):
        raise KeyError('dbg')


unittest.TestSuite([Dbg('test_ok')]).debug()
try:
    unittest.TestSuite([Dbg('test_bad'), Dbg('test_ok')]).debug()
except KeyError as e:
    print('debug raised', repr(e))
print(fx.log)
stop = unittest.TestResult()
stop.shouldStop = True
unittest.TestSuite([Dbg('test_ok')]).run(stop)
print(stop.testsRun)
base = unittest.BaseTestSuite([Dbg('test_ok'), Dbg('test_ok')])
r = unittest.TestResult()
base.run(r)
print(r.testsRun, base.countTestCases(), list(base))

# Module cleanups run at the module's teardown even without tearDownModule; their errors are
# reported under tearDownModule, or under setUpModule when setUpModule itself failed.
import sys
import types

for name, setup_fails in (('fake_ok', False), ('fake_bad', True)):
    module = types.ModuleType(name)
    module.log = []

    def setUpModule(module=module, setup_fails=setup_fails):
        unittest.addModuleCleanup(module.log.append, 'cleanup')
        unittest.addModuleCleanup(lambda: [][1])
        if setup_fails:
            raise KeyError('setup')

    module.setUpModule = setUpModule
    module.T = type('T', (unittest.TestCase,), {'test_a': lambda self: module.log.append('a'),
                                                '__module__': name})
    sys.modules[name] = module
    run(loader.loadTestsFromTestCase(module.T))
    print(module.log)
