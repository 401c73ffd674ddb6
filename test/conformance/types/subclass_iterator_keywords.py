# Subclasses of map/filter/reversed and of itertools' iterators: keywords are refused unless
# the subclass defines __init__ (then they reach it).
import operator
from itertools import repeat, filterfalse, chain, starmap, islice, takewhile, dropwhile, cycle, compress
def isEven(x): return x % 2 == 0
testcases = [
    (repeat, (1, 2), [1, 1]),
    (zip, ([1, 2], 'ab'), [(1, 'a'), (2, 'b')]),
    (filter, (None, [0, 1]), [1]),
    (filterfalse, (None, [0, 1]), [0]),
    (chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (map, (str, [1, 2]), ['1', '2']),
    (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (takewhile, (isEven, [2, 3, 4]), [2]),
    (dropwhile, (isEven, [2, 3, 4]), [3, 4]),
    (cycle, ([1, 2],), [1, 2, 1]),
    (compress, ('ABC', [1, 0, 1]), ['A', 'C']),
    (reversed, ([1, 2, 3],), [3, 2, 1]),
]
for cls, args, result in testcases:
    class subclass(cls):
        pass
    u = subclass(*args)
    print(cls.__name__, type(u) is subclass, list(islice(u, 0, 3)) == result, end=' ')
    try:
        subclass(*args, newarg=3)
        print('accepted')
    except TypeError as e:
        print(e)
for cls, args, result in testcases:
    if cls in [repeat, zip, compress]:
        continue
    class subclass_with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = subclass_with_init(*args, newarg=3)
    print(cls.__name__, list(islice(u, 0, 3)) == result, u.newarg)
for cls, args, _ in testcases:
    try:
        cls(*args, newarg=3)
    except TypeError as e:
        print(e)
