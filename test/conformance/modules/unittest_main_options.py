# unittest.main: -h, bad options, -f/-b/-q, defaultTest, module objects, testRunner forms, exit=False.
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Cases(unittest.TestCase):
    def test_a(self):
        print('in test_a')

    def test_b(self):
        self.assertEqual(1, 2)

    def test_c(self):
        pass


def main(*args, **kwargs):
    try:
        prog = unittest.main(*args, **kwargs)
        print('returned', type(prog).__name__, prog.result, prog.verbosity, prog.failfast,
              prog.buffer, prog.warnings, prog.testNames, prog.exit)
    except SystemExit as e:
        print('SystemExit', repr(e.code))


main(argv=['prog', '-h'])
main(argv=['prog', '--help'])
main(argv=['prog', '--bogus'])
main(argv=['prog', '-f', '-b'], exit=False)
main(argv=['prog', '-v', '-q', 'Cases.test_c'])
main(argv=['prog', '--verbose', '--failfast', '--buffer', 'Cases'], exit=False)
main(defaultTest='Cases.test_a', argv=['prog'], exit=False)
main(defaultTest=['Cases.test_c', 'Cases.test_a'], argv=['prog'], exit=False)
main(argv=['prog', '-k', 'test_c', '-k', '*_a'], exit=False)
unittest.defaultTestLoader.testNamePatterns = None
main(module=sys.modules[__name__], argv=['prog', 'Cases.test_c'], exit=False)
main(argv=['prog', 'Cases.test_c'], exit=False, verbosity=2, failfast=True, buffer=True,
     warnings='ignore')


class QuietRunner:
    def __init__(self, **kwargs):
        print('runner kwargs', sorted(kwargs))

    def run(self, test):
        print('running', test.countTestCases())
        return unittest.TestResult()


class PlainRunner:
    def __init__(self):
        print('plain runner')

    def run(self, test):
        return unittest.TestResult()


main(argv=['prog', 'Cases'], testRunner=QuietRunner)
main(argv=['prog', 'Cases'], testRunner=PlainRunner)
main(argv=['prog', 'Cases.test_c'],
     testRunner=unittest.TextTestRunner(stream=io.StringIO(), verbosity=2), exit=False)
print(unittest.main is unittest.TestProgram, unittest.TestProgram.verbosity)
