# unittest.TestCase assert* methods: CPython's failure messages, diffs, shortened reprs, msg=.
import unittest

tc = unittest.TestCase()


def check(name, *args, **kwargs):
    try:
        getattr(tc, name)(*args, **kwargs)
        print(name, 'passed')
    except AssertionError as e:
        print(name, '->', str(e))
    except TypeError as e:
        print(name, 'TypeError', e)


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'line1\nline2\nline3\n', 'line1\nlineX\nline3\n')
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', 'a' * 50 + 'b' * 50, 'a' * 50 + 'c' * 50)
check('assertEqual', [1, 2, 3], [1, 2, 3, 4])
check('assertEqual', [1, 2, 3, 4, 5], [1, 2])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': 0})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', list(range(100)), list(range(99)) + [0])
check('assertEqual', 1.0, 1)
check('assertEqual', None, 0)
check('assertNotEqual', 3, 3)
check('assertNotEqual', 3, 4)
check('assertTrue', 0)
check('assertTrue', [], 'empty')
check('assertFalse', [1])
check('assertIs', [], [])
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2, 3])
check('assertIn', 'x', 'abc')
check('assertNotIn', 2, {1: 'a', 2: 'b'})
check('assertIsInstance', 3, str)
check('assertIsInstance', 3, (str, bytes))
check('assertNotIsInstance', 3, int)
check('assertLess', 3, 2)
check('assertLessEqual', 3, 2)
check('assertGreater', 'a', 'b')
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=1)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertAlmostEqual', 1.0, 1.5, places=1, delta=0.25)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.2, delta=0.5)
check('assertNotAlmostEqual', 5, 5)
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 2])
check('assertCountEqual', [1, 2, 2, 'a'], [2, 1, 1, 'b'])
check('assertCountEqual', [[1], [2], [2]], [[2], [1]])
check('assertRegex', 'hello world', r'wor.d')
check('assertRegex', 'hello world', r'^world')
check('assertNotRegex', 'hello world', r'o\s?w')
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1,), [1])
check('assertDictEqual', {}, [])
check('assertSetEqual', {1}, [1])
check('assertSetEqual', 3, {1})
check('assertMultiLineEqual', 'a', b'a')
check('assertSequenceEqual', [1, 2], [1, 3])
check('assertSequenceEqual', 'ab', ['a', 'b'])
check('fail')
check('fail', 'explicit failure')

# maxDiff: long diffs are left out; None shows them all.
long1 = ['item %d' % i for i in range(60)]
long2 = ['item %d' % i for i in range(1, 61)]
check('assertEqual', long1, long2)
tc.maxDiff = None
check('assertEqual', long1[:8], long2[:8])
tc.maxDiff = 80 * 8
tc.longMessage = False
check('assertEqual', 1, 2, 'only this')
check('assertEqual', 1, 2)
tc.longMessage = True

# assertRaises as a callable and as a context manager; assertRaisesRegex.
check('assertRaises', ValueError, int, 'x')
check('assertRaises', ValueError, int, '5')
check('assertRaises', (KeyError, IndexError), [].pop)
check('assertRaisesRegex', ValueError, 'literal', int, 'x')
check('assertRaisesRegex', ValueError, '^nothing', int, 'x')
check('assertRaises', 'notatype', int)
check('assertRaises', ValueError, foo=1)
with tc.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
with tc.assertRaisesRegex(KeyError, "k.y") as cm:
    {}['key']
print(repr(cm.exception), cm.expected.__name__)
try:
    with tc.assertRaises(ValueError, msg='needs a ValueError'):
        pass
except AssertionError as e:
    print('context ->', e)
try:
    with tc.assertRaises(ValueError):
        raise TypeError('passes through')
except TypeError as e:
    print('TypeError', e)
