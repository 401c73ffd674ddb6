# functools.lru_cache keys and table: how often keys hash and compare, the keyword marker, typed keys, eviction order, re-entrant calls
import functools
from functools import lru_cache

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

log = []

class Key:
    """Hashes to `h`, equal to Keys of the same value; logs both."""
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h
    def __hash__(self):
        log.append('hash %r' % self.v)
        return self.h
    def __eq__(self, other):
        log.append('eq %r %r' % (self.v, getattr(other, 'v', other)))
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return 'Key(%r)' % self.v

def show(label, f, *args, **kwargs):
    del log[:]
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, r, log)

for maxsize in [None, 2]:
    print('-- maxsize', maxsize)
    @lru_cache(maxsize=maxsize)
    def ident(*args, **kwargs):
        return len(args) + len(kwargs)
    k1, k1b, k2 = Key(1), Key(1), Key(2, h=1)
    show('miss', ident, k1)
    show('hit same', ident, k1)
    show('hit equal', ident, k1b)
    show('collision', ident, k2)
    show('kw miss', ident, x=k1)
    show('kw hit', ident, x=k1b)
    show('two args', ident, k1, k2)
    show('two args hit', ident, k1, k2)
    print(ident.cache_info())

# Keyword arguments follow a marker no positional argument can equal.
@lru_cache(maxsize=None)
def marks(*args, **kwargs):
    return (args, kwargs)
marks(1, 'a', 2); marks(1, a=2); marks(1, 'a', 2); marks(1, a=2); marks(a=2, b=3); marks(b=3, a=2)
marks(1, **{}); marks(*[1]); marks(1)
print('marks', marks.cache_info())

# A single argument of exactly int or str is its own key; anything else (bool, subclasses, floats) is a 1-tuple.
class MyInt(int):
    pass
class MyStr(str):
    pass
@lru_cache(maxsize=None)
def one(x):
    return type(x).__name__
for v in [1, True, 1.0, MyInt(1), 'a', MyStr('a'), (1,), 1, 'a']:
    print('one', repr(v), one(v), one.cache_info())

# typed=True: types of positional and keyword values both count.
@lru_cache(maxsize=None, typed=True)
def typed(*args, **kwargs):
    return 'r'
for a, k in [((1,), {}), ((1.0,), {}), ((True,), {}), ((), {'x': 1}), ((), {'x': 1.0}), ((), {'x': 1}), ((1, 2), {}), ((1, 2.0), {}), ((MyInt(1),), {})]:
    typed(*a, **k)
    print('typed', a, k, typed.cache_info())

# Unhashable arguments fail before the call (maxsize 0 makes no key at all).
calls = []
@lru_cache(maxsize=8)
def record(*args, **kwargs):
    calls.append(args)
    return 'ok'
attempt('list arg', lambda: record([1]))
attempt('dict kwarg', lambda: record(1, x={}))
attempt('set in tuple', lambda: record((1, {2})))
print('calls', calls, record.cache_info())
@lru_cache(maxsize=0)
def nocache(*args):
    calls.append(args)
    return 'ok'
attempt('maxsize 0 unhashable', lambda: (nocache([1]), nocache([1]), nocache.cache_info()))

# __hash__ and __eq__ failing inside the lookup.
class BadHash:
    def __hash__(self):
        raise RuntimeError('no hash')
class BadEq(Key):
    def __eq__(self, other):
        raise RuntimeError('no eq')
    __hash__ = Key.__hash__
@lru_cache(maxsize=2)
def bad(x):
    return 'computed'
attempt('bad hash', lambda: bad(BadHash()))
attempt('bad eq first', lambda: bad(BadEq(5)))
attempt('bad eq again', lambda: bad(BadEq(5)))
print('bad', bad.cache_info())

# Eviction: least recently used first; a hit makes an entry the most recent.
@lru_cache(maxsize=3)
def sq(x):
    print('  compute', x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 3, 1, 1, 5, 4]:
    sq(x)
print('sq', sq.cache_info())
sq.cache_clear()
print('cleared', sq.cache_info(), sq(2), sq.cache_info())

@lru_cache(maxsize=1)
def single(x):
    return x
for x in 'aabba':
    single(x)
print('single', single.cache_info())

# A call that runs the same call again: the inner result is stored first.
depth = [0]
def reentrant_factory(maxsize):
    @lru_cache(maxsize=maxsize)
    def reentrant(x):
        depth[0] += 1
        mine = depth[0]
        if mine == 1:
            print('  inner gives', reentrant(x))
        return 'result %d' % mine
    return reentrant
for maxsize in [None, 4, 1]:
    depth[0] = 0
    r = reentrant_factory(maxsize)
    print('reentrant', maxsize, r('k'), r('k'), r.cache_info())

# cache_clear during a call, and a call that raises (never stored).
@lru_cache(maxsize=2)
def clearing(x):
    clearing.cache_clear()
    return x
print('clearing', clearing(1), clearing(2), clearing(2), clearing.cache_info())
@lru_cache(maxsize=None)
def fails(x):
    raise KeyError(x)
attempt('fails', lambda: fails(1))
attempt('fails again', lambda: fails(1))
print('fails', fails.cache_info())

# The cached values are the very objects returned.
@lru_cache
def fresh(n):
    return [n]
print('same object', fresh(1) is fresh(1), fresh(1) is fresh(True), fresh.cache_info())
