# unittest.TestResult and TextTestRunner options: buffer=True output capture, descriptions=False,
# resultclass, a single test, direct TestResult calls, stop(), and failure text of chained errors.
import io
import re
import sys
import unittest


def run(test, **kwargs):
    stream = io.StringIO()
    kwargs.setdefault('verbosity', 2)
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(test)
    text = re.sub(r'in \d+\.\d{3}s', 'in X.XXXs', stream.getvalue())
    print(re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', text))
    return result


class Noisy(unittest.TestCase):
    def test_a_quiet_pass(self):
        """Passes and prints."""
        print('hidden output')
        sys.stderr.write('hidden error')

    def test_b_loud_fail(self):
        print('shown because it failed')
        self.assertEqual(2, 3)

    def test_c_err_only(self):
        sys.stderr.write('err text\n')
        raise ValueError('boom')

    def test_d_no_newline(self):
        print('partial', end='')
        self.fail('x')

    def test_e_subtest(self):
        for i in range(2):
            with self.subTest(i=i):
                print('in subtest', i)
                self.assertEqual(i, 0)


loader = unittest.TestLoader()
r = run(loader.loadTestsFromTestCase(Noisy), buffer=True)
print(r.testsRun, len(r.failures), len(r.errors), r.buffer, sys.stdout is sys.__stdout__)
print([f[1].splitlines()[-1] for f in r.failures])
print(repr(r.failures[0][1].split('Stdout:')[1]))
r = run(loader.loadTestsFromTestCase(Noisy), buffer=True, descriptions=False, verbosity=1)
r = run(Noisy('test_a_quiet_pass'), descriptions=False)
r = run(Noisy('test_a_quiet_pass'), verbosity=0)
r = run(unittest.TestSuite(), verbosity=1)
print(r, r.wasSuccessful())


class Recording(unittest.TextTestResult):
    def startTestRun(self):
        self.stream.writeln('[start run]')

    def stopTestRun(self):
        self.stream.writeln('[stop run]')

    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write('<ok>')


class Two(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass


r = run(loader.loadTestsFromTestCase(Two), resultclass=Recording, verbosity=1)
print(type(r).__name__, r.testsRun)
runner = unittest.TextTestRunner(stream=io.StringIO())
print(runner.descriptions, runner.verbosity, runner.failfast, runner.buffer, runner.tb_locals,
      runner.warnings, runner.resultclass is unittest.TextTestResult)
print(unittest.TextTestResult.separator1 == '=' * 70, unittest.TextTestResult.separator2)

res = unittest.TestResult()
print(res, res.shouldStop, res.failfast, res.buffer, res.tb_locals, res.testsRun)
t = Two('test_1')
res.startTestRun()
res.startTest(t)
res.addSuccess(t)
res.addSkip(t, 'why')
res.addUnexpectedSuccess(t)
res.stopTest(t)
res.stopTestRun()
print(res.testsRun, res.skipped, res.unexpectedSuccesses == [t], res.wasSuccessful())
try:
    raise KeyError('k')
except KeyError:
    res.addError(t, sys.exc_info())
try:
    raise AssertionError('a')
except AssertionError:
    res.addFailure(t, sys.exc_info())
    res.addExpectedFailure(t, sys.exc_info())
print(res, [e[1].splitlines()[-1] for e in res.errors + res.failures + res.expectedFailures])
res.stop()
print(res.shouldStop, res.wasSuccessful())
ff = unittest.TestResult()
ff.failfast = True
try:
    raise AssertionError('first')
except AssertionError:
    ff.addFailure(t, sys.exc_info())
print(ff.shouldStop, len(ff.failures))
print(unittest.TestResult(io.StringIO(), True, 2))


class Chained(unittest.TestCase):
    def test_context(self):
        try:
            self.assertEqual(1, 2)
        except AssertionError:
            raise RuntimeError('while failing')

    def test_cause(self):
        try:
            self.assertTrue(False, 'inner')
        except AssertionError as e:
            raise self.failureException('outer') from e


r = run(loader.loadTestsFromTestCase(Chained), verbosity=1)
