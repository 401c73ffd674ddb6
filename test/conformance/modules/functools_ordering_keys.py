# functools.total_ordering's derived methods (names, docs, NotImplemented) and cmp_to_key's KeyWrapper
from functools import total_ordering, cmp_to_key, cached_property

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for root in ['lt', 'le', 'gt', 'ge']:
    C = total_ordering(type('C', (), {'__%s__' % root: lambda s, o: s.v < o.v if isinstance(o, type(s)) else NotImplemented}))
    for target in ['lt', 'le', 'gt', 'ge']:
        if target != root:
            fn = getattr(C, '__%s__' % target)
            print(root, target, fn.__name__, fn.__qualname__, fn.__doc__)

@total_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        if not isinstance(o, N):
            return NotImplemented
        return self.v <= o.v
    def __eq__(self, o):
        return isinstance(o, N) and self.v == o.v
print([(a, b, N(a) < N(b), N(a) > N(b), N(a) >= N(b)) for a in (1, 2) for b in (1, 2)])
attempt('not implemented', lambda: N(1).__gt__(3))
attempt('mixed', lambda: N(1) < 3)
attempt('none', lambda: total_ordering(type('X', (), {})))

k = cmp_to_key(lambda a, b: (a > b) - (a < b))
attempt('key obj', lambda: (k(3).obj, k(obj=4).obj))
attempt('compare', lambda: (k(1) < k(2), k(1) <= k(1), k(1) == k(1), k(1) != k(2), k(2) > k(1), k(1) >= k(2)))
attempt('set obj', lambda: setattr(k(1), 'obj', 2))
attempt('c2k kw', lambda: cmp_to_key(mycmp=lambda a, b: 0)(1).obj)
attempt('bad result', lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 'x')(2))
print(sorted(['b', 'A', 'c', 'B'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

class A:
    __slots__ = ()
    @cached_property
    def x(self):
        return 1
class B:
    @cached_property
    def x(self):
        "the doc"
        print('  compute B.x')
        return [1]
    @cached_property
    def bad(self):
        raise KeyError('bad')
attempt('no dict', lambda: A().x)
b = B()
attempt('first', lambda: b.x)
attempt('again', lambda: b.x is b.x)
attempt('dict', lambda: b.__dict__)
attempt('raises', lambda: b.bad)
attempt('descriptor', lambda: (B.x.attrname, B.x.__doc__, B.x.func.__name__, type(B.x.lock).__name__))
attempt('class doc', lambda: cached_property.__doc__)
attempt('no set_name', lambda: cached_property(len).__get__(3))
attempt('generic', lambda: cached_property[int])
def two_names():
    c = cached_property(lambda s: 1)
    class D:
        a = c
        b = c
attempt('two names', two_names)
