# unittest.main(): the report on stderr, exit code 1 when a test fails (the clock is stopped so
# the "Ran N tests in X.XXXs" line is the same at each run).
import time
import unittest

time.perf_counter = lambda: 0.0


def helper(x):
    return 10 // x


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_div(self):
        self.assertEqual(helper(0), 1)

    def test_wrong(self):
        self.assertEqual(sum([1, 2]), 4, "sum is off")

    @unittest.skipIf(True, "not today")
    def test_skipped(self):
        pass


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('foo'.upper(), 'FOO')

    def test_split(self):
        s = 'hello world'
        self.assertEqual(s.split(), ['hello', 'world'])
        with self.assertRaises(TypeError):
            s.split(2)


if __name__ == '__main__':
    print('starting')
    unittest.main()
