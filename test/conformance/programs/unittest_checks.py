# unittest: a bank of checks, run with TextTestRunner into a StringIO and with unittest.main
import unittest
import io
import sys


def parse_duration(text):
    units = {"h": 3600, "m": 60, "s": 1}
    total = 0
    num = ""
    for ch in text.strip():
        if ch.isdigit():
            num += ch
        elif ch in units:
            if not num:
                raise ValueError(f"missing number before {ch!r}")
            total += int(num) * units[ch]
            num = ""
        else:
            raise ValueError(f"bad character {ch!r}")
    if num:
        raise ValueError("trailing number without unit")
    return total


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class DurationTests(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(parse_duration("1h30m"), 5400)

    def test_seconds(self):
        self.assertEqual(parse_duration("45s"), 45)

    def test_errors(self):
        with self.assertRaises(ValueError) as cm:
            parse_duration("h")
        self.assertIn("missing number", str(cm.exception))
        self.assertRaisesRegex(ValueError, "bad character 'x'", parse_duration, "1x")

    def test_wrong_on_purpose(self):
        self.assertEqual(parse_duration("2m"), 121, "minutes are 60 seconds")

    def test_subtests(self):
        for text, expected in [("1s", 1), ("1m1s", 61), ("10h", 36000), ("3m", 181)]:
            with self.subTest(text=text):
                self.assertEqual(parse_duration(text), expected)

    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("never")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    def test_error(self):
        parse_duration(None)


class StackTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.created = 0

    def setUp(self):
        self.s = Stack()
        type(self).created += 1

    def tearDown(self):
        del self.s

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_empty(self):
        with self.assertRaisesRegex(IndexError, "empty"):
            self.s.pop()

    def test_containers(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])

    def test_dicts(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_misc(self):
        self.assertTrue(isinstance(self.s, Stack))
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertGreater(3, 2)
        self.assertIsInstance(1, int)
        self.assertNotIn(5, [1, 2])
        self.assertRegex("hello world", r"wor")

    def test_multiline(self):
        self.assertEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\n")


def strip_times(text):
    """The report without its timing, and with file names only (tracebacks carry full paths)."""
    import re
    text = re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", text)


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(DurationTests)
suite.addTests(unittest.TestLoader().loadTestsFromTestCase(StackTests))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(strip_times(stream.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(StackTests.created)
print(sorted(t.id() for t, _ in result.failures))


class Quick(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_bad(self):
        self.assertEqual({1, 2}, {1, 3})


sys.stderr = io.StringIO()
prog = unittest.main(argv=["prog", "Quick"], exit=False, verbosity=1)
out = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(strip_times(out))
print(prog.result.testsRun, prog.result.wasSuccessful())
