# Weak references to the native objects CPython allows them for (compiled patterns, locks,
# arrays, deques, files), and the refusal naming the type as CPython does ('re.Match').
import weakref, re, _thread, array, collections, decimal, gc
objs = [re.compile('a+'), _thread.allocate_lock(), _thread.RLock(), array.array('b', [1]),
        collections.deque([1]), open('/dev/null'), open('/dev/null', 'rb'), open('/dev/null', 'rb', buffering=0)]
for o in objs:
    r = weakref.ref(o)
    print(type(o).__name__, r() is o)
cache = weakref.WeakValueDictionary()
p = re.compile('b+')
cache['b'] = p
print(cache['b'].pattern, len(cache))
for o in (re.match("a", "a"), 1, 'x', (1,), [1], {}):
    try:
        weakref.ref(o)
    except TypeError as e:
        print(e)
for o in objs[5:]:
    o.close()
