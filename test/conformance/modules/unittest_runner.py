# unittest.TextTestRunner at verbosity 0, 1 and 2: progress marks, FAIL/ERROR sections with
# tracebacks, the summary line; class fixtures that fail, cleanups, failfast, skipped classes.
import io
import re
import unittest


def report(test, verbosity=1, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(test)
    text = re.sub(r'in \d+\.\d{3}s', 'in X.XXXs', stream.getvalue())
    # CPython names the script by its absolute path in tracebacks; keep the base name.
    print(re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', text))
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures))
    return result


def nested(n):
    if n == 0:
        raise RuntimeError('deep')
    nested(n - 1)


class Mixed(unittest.TestCase):
    def test_a_ok(self):
        self.assertEqual(1, 1)

    def test_b_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_c_keyerror(self):
        x = {}
        x['k']

    def test_d_doc(self):
        """Doc line.

        More text."""
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")

    @unittest.skip("because")
    def test_e_skip(self):
        pass

    @unittest.expectedFailure
    def test_f_expected(self):
        self.assertTrue(False)

    def test_g_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                if i == 3:
                    raise ValueError('three')
                self.assertLess(i, 2)

    def test_h_regex(self):
        with self.assertRaisesRegex(ValueError, "xyz"):
            int("abc")

    def test_i_nested(self):
        nested(2)

    def test_j_chained(self):
        try:
            {}['x']
        except KeyError as e:
            raise TypeError('converted') from e

    def test_k_fail(self):
        self.fail('explicit')

    def test_l_msg_subtest(self):
        with self.subTest('labelled', n=1):
            with self.subTest(m=2):
                self.assertEqual(1, 0)


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Mixed))
for v in (0, 1, 2):
    report(loader.loadTestsFromTestCase(Mixed), v)


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('no database')

    def test_never(self):
        print('not run')


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError('teardown broke')

    def test_body(self):
        self.addCleanup(print, 'cleanup ran')
        self.addCleanup(lambda: 1 / 0)


class BrokenTearDownClass(unittest.TestCase):
    def test_fine(self):
        pass

    @classmethod
    def tearDownClass(cls):
        raise unittest.SkipTest('skipping in tearDownClass')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise KeyError('setup')

    def test_body(self):
        print('not run either')


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('never')

    def test_1(self):
        pass

    def test_2(self):
        pass


suite = unittest.TestSuite()
for cls in (BrokenSetUpClass, BrokenTearDown, BrokenTearDownClass, BrokenSetUp, SkippedClass):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
report(suite, 2)
print(suite.countTestCases(), list(suite))

# failfast stops at the first failure.
report(loader.loadTestsFromTestCase(Mixed), 1, failfast=True)

# A FunctionTestCase and a TestCase run without a runner.
def check_sum():
    """Sum of two."""
    assert sum([1, 1]) == 2

ftc = unittest.FunctionTestCase(check_sum)
print(str(ftc), ftc.id(), ftc.shortDescription(), ftc.countTestCases())
report(unittest.TestSuite([ftc, unittest.FunctionTestCase(lambda: nested(0))]), 2)
result = unittest.TestResult()
Mixed('test_b_list').run(result)
Mixed('test_a_ok')(result)
print(result, result.testsRun, [str(t) for t, _ in result.failures])
print(result.failures[0][1].splitlines()[-1])
r = Mixed('test_k_fail').run()
print(r, r.failures[0][1].splitlines()[-1])
