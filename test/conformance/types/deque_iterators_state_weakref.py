# deque: its iterators rebuilt from (deque, taken) and pickled; subclasses with __slots__
# copied and pickled with their slot values; weak references to deques.
import copy, pickle, weakref
from collections import deque

T = type(iter(deque()))
R = type(reversed(deque()))
for a in ((), ([],), (deque([1, 2, 3]), 5), (deque([1, 2, 3]), 'x'), (deque([1]), 1, 2),
          (deque([1, 2, 3]), 1), (deque([1, 2, 3]), -4)):
    for klass in (T, R):
        try:
            print(klass.__name__, list(klass(*a)))
        except TypeError as e:
            print(klass.__name__, 'TypeError:', e)
print(list(T(deque('abc'), index=2)))
d = deque('abcde')
it = iter(d)
next(it)
print(it.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it2, d2 = pickle.loads(pickle.dumps((it, d), proto))
    print(proto, type(it2).__name__, list(it2), d2)
rit = reversed(d)
next(rit)
next(rit)
print(rit.__reduce__(), list(pickle.loads(pickle.dumps(rit))))


class Slotted(deque):
    __slots__ = ('x', 'y', '__dict__')


s = Slotted([1, 2], maxlen=4)
s.x = 10
s.z = 'in dict'
print(s.__reduce__()[:3])
for c in (copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s))):
    print(type(c).__name__, c, c.maxlen, c.__dict__, getattr(c, "x", "no x"), hasattr(c, "y"))

print(type(weakref.ref(d)()).__name__, weakref.proxy(d)[0])


class Sub(deque):
    pass


print(weakref.ref(Sub())() is None or True)
try:
    class Again(deque):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print('TypeError:', e)
