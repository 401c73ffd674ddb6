# unittest.TestLoader: names, modules, load_tests, prefixes, sorting, patterns and load errors.
import io
import re
import sys
import unittest
import types
import _mod_ut_tests as mod

loader = unittest.TestLoader()


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.append(ids(t))
        else:
            out.append(t.id())
    return out


def show(name, module=None):
    try:
        s = loader.loadTestsFromName(name, module)
        print(name, '->', type(s).__name__, ids(s))
        return s
    except Exception as e:
        print(name, '->', type(e).__name__, e)


print(ids(loader.loadTestsFromModule(mod)))
print(ids(loader.loadTestsFromTestCase(mod.Beta)), loader.getTestCaseNames(mod.Beta))
for name in ['Alpha', 'Alpha.test_two', 'make_suite', 'make_case', 'ready_suite',
             'not_a_test', 'Alpha.helper']:
    show(name, mod)
for name in ['_mod_ut_tests.Alpha.test_one', '_mod_ut_tests', '_mod_ut_tests.Beta']:
    show(name)
try:
    loader.loadTestsFromName('make_junk', mod)
except TypeError as e:
    print(str(e).split(' at ')[0], str(e).split('>')[1])
print(ids(loader.loadTestsFromNames(['Alpha.test_one', 'Beta'], mod)))



def brief(text):
    # The middle of these texts is a traceback through unittest's own files: keep the ends.
    lines = text.splitlines()
    return [lines[0], lines[1] if len(lines) > 1 else None, lines[-1], len(lines) > 3]


print(loader.errors)
bad = show('Missing', mod)
print([brief(e) for e in loader.errors])
bad2 = show('no_such_module_xyz.Thing')
print(len(loader.errors), brief(loader.errors[-1]))
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream).run(unittest.TestSuite([bad, bad2]))
print(stream.getvalue().splitlines()[:6])
print([(str(t), brief(text)) for t, text in r.errors])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(type(e).__name__, e)

custom = unittest.TestLoader()
custom.testMethodPrefix = 'help'
print(custom.getTestCaseNames(mod.Alpha))
custom.testMethodPrefix = 'test'
custom.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(custom.getTestCaseNames(mod.Alpha))
custom.sortTestMethodsUsing = None
print(sorted(custom.getTestCaseNames(mod.Alpha)))
custom.testNamePatterns = ['*two*']
print(custom.getTestCaseNames(mod.Alpha), ids(custom.loadTestsFromModule(mod)))
custom.testNamePatterns = ['_mod_ut_tests.Alpha.test_o*']
print(custom.getTestCaseNames(mod.Alpha))


class Suites(unittest.TestSuite):
    pass


custom = unittest.TestLoader()
custom.suiteClass = Suites
s = custom.loadTestsFromTestCase(mod.Alpha)
print(type(s).__name__, s.countTestCases())


def load_tests(ldr, tests, pattern):
    print('load_tests', ldr is loader, type(tests).__name__, tests.countTestCases(), pattern)
    tests.addTest(mod.Beta())
    return tests


FakeModule = types.ModuleType('fake')
FakeModule.Alpha = mod.Alpha
FakeModule.load_tests = load_tests


print(ids(loader.loadTestsFromModule(FakeModule)))
FakeModule.load_tests = lambda ldr, tests, pattern: 1 / 0
s = loader.loadTestsFromModule(FakeModule)
print(ids(s), brief(loader.errors[-1]))
r = unittest.TestResult()
s.run(r)
print(r, brief(r.errors[0][1])[::2])
print(ids(loader.loadTestsFromModule(FakeModule, pattern='x*')))
print(unittest.defaultTestLoader.testMethodPrefix, loader.sortTestMethodsUsing('a', 'b'),
      loader.sortTestMethodsUsing('b', 'a'), loader.sortTestMethodsUsing('a', 'a'))
print(loader.suiteClass is unittest.TestSuite, loader.testNamePatterns)

# The module-level helpers of 3.11 still work, with a DeprecationWarning (shown for __main__).
print(unittest.getTestCaseNames(mod.Alpha, 'help'))
print(unittest.makeSuite(mod.Alpha).countTestCases(), unittest.findTestCases(mod).countTestCases())
print(unittest.makeSuite(mod.Alpha, 'help', suiteClass=list))
print(unittest.getTestCaseNames(mod.Alpha, 'test', sortUsing=lambda a, b: (a < b) - (a > b)))
