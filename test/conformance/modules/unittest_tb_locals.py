# unittest's --locals / tb_locals=True: each traceback frame lists its local variables, for
# failures, errors and chained exceptions, from main() and TextTestRunner.
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


def parse(text):
    fields = text.split(',')
    return int(fields[1])


class Report(unittest.TestCase):
    def test_sum(self):
        totals = {'a': 1, 'b': 2}
        self.assertEqual(sum(totals.values()), 4)

    def test_parse(self):
        line = 'x;1'
        parse(line)

    def test_chained(self):
        try:
            {}['missing']
        except KeyError as e:
            raise RuntimeError('lookup failed') from e

    def test_ok(self):
        self.assertTrue(True)


unittest.main(argv=['prog', '--locals'], exit=False)
suite = unittest.TestSuite([Report('test_sum'), Report('test_parse')])
unittest.TextTestRunner(tb_locals=True, verbosity=2).run(suite)
unittest.TextTestRunner(verbosity=0).run(unittest.TestSuite([Report('test_sum')]))
