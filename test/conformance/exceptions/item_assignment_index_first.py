# o[k] = v and del o[k] on objects without item assignment: int-like keys are converted first
# (IndexError for one too large, __index__ called), as PyObject_SetItem/DelItem do for types with
# sequence slots; and the 'cannot fit' message names the key's type.
class C:
    pass
class I:
    def __index__(self):
        print('index called')
        return 2 ** 70
for o in (C(), (1, 2), 'ab', 5, {1, 2}, frozenset(), range(3), b'ab', 1.5, None):
    for k in (2 ** 70, 3, I(), 'x'):
        try:
            o[k] = 1
        except Exception as e:
            print(type(o).__name__, 'set', type(e).__name__, e)
        try:
            del o[k]
        except Exception as e:
            print(type(o).__name__, 'del', type(e).__name__, e)
for o in ([1], 'ab', b'ab', (1,), range(2)):
    for k in (2 ** 60, 2 ** 63, -(2 ** 63) - 1, I()):
        try:
            o[k]
        except Exception as e:
            print(type(o).__name__, 'get', type(e).__name__, e)
class C2:
    pass
for k in (2 ** 60, 2 ** 63 - 1, 2 ** 63):
    try:
        C2()[k] = 1
    except Exception as e:
        print('C2 set', k, type(e).__name__, e)
import itertools
try:
    [1, 2].pop(2 ** 70)
except Exception as e:
    print(type(e).__name__, e)
try:
    'ab' * (2 ** 70)
except Exception as e:
    print(type(e).__name__, e)
try:
    [0].insert(I(), 5)
except Exception as e:
    print(type(e).__name__, e)
