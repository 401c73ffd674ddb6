# Built-in objects CPython can weakly reference beyond the common ones: deques, arrays,
# compiled patterns, locks; and the subclasses that may not add __weakref__ again.
import array, collections, itertools, re, threading, weakref

for o in (collections.deque([1]), array.array('b', [1]), re.compile('a+'), threading.Lock(),
          threading.RLock(), itertools.count(), [1], {}):
    try:
        r = weakref.ref(o)
        print(type(o).__name__, r() is o)
    except TypeError as e:
        print('TypeError:', e)
for base in (collections.deque, array.array, set, list):
    try:
        type('S', (base,), {'__slots__': ('__weakref__',)})
        print(base.__name__, 'may add __weakref__')
    except TypeError as e:
        print(base.__name__, 'TypeError:', e)
