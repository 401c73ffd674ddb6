# dunder methods assigned, replaced or deleted after the class exists take effect (slot updates)
class A:
    def __init__(self, v): self.v = v
a, b = A(1), A(2)
def run(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__ + ':', e)
run('add before', lambda: a + b)
A.__add__ = lambda s, o: A(s.v + o.v)
A.__repr__ = lambda s: f'A({s.v})'
run('add after', lambda: a + b)
A.__radd__ = lambda s, o: f'radd {o}'
run('radd', lambda: 5 + a)
del A.__add__
run('add deleted', lambda: a + b)
A.__len__ = lambda s: s.v
run('len', lambda: (len(a), bool(A(0))))
A.__bool__ = lambda s: True
run('bool', lambda: bool(A(0)))
del A.__bool__
run('bool deleted', lambda: bool(A(0)))
A.__getitem__ = lambda s, i: i * s.v
run('getitem', lambda: (a[3], b[3]))
A.__iter__ = lambda s: iter(range(s.v))
run('iter', lambda: list(b))
A.__contains__ = lambda s, x: x == 'in'
run('contains', lambda: ('in' in a, 'out' in a))
A.__call__ = lambda s, *x: ('called', x)
run('call', lambda: a(1, 2))
A.__eq__ = lambda s, o: isinstance(o, A) and s.v == o.v
run('eq', lambda: (A(1) == A(1), A(1) != A(2)))
run('hash after eq', lambda: type(hash(A(1))).__name__)
A.__hash__ = lambda s: s.v
run('hash', lambda: (hash(A(7)), len({A(1), A(1), A(2)})))
A.__lt__ = lambda s, o: s.v < o.v
run('sort', lambda: sorted([A(3), A(1), A(2)]))
A.__getattr__ = lambda s, n: f'ga:{n}'
run('getattr', lambda: a.missing)
del A.__getattr__
run('getattr deleted', lambda: a.missing)
A.__setattr__ = lambda s, n, v: object.__setattr__(s, n, ('wrapped', v))
a.z = 1
run('setattr', lambda: a.z)
del A.__setattr__
a.z = 2
run('setattr deleted', lambda: a.z)
A.__neg__ = lambda s: 'neg'
A.__index__ = lambda s: s.v
run('neg/index', lambda: (-a, [10, 20, 30][b], bin(b)))
A.__enter__ = lambda s: 'entered'
A.__exit__ = lambda s, *x: None
def use_with():
    with a as v: return v
run('with', use_with)
A.__format__ = lambda s, spec: f'<{spec}>'
run('format', lambda: (format(a, 'x'), f'{a:yz}'))
A.__str__ = lambda s: 'STR'
run('str', lambda: (str(a), f'{a!s}', print(a) or ''))
class Base:
    pass
class Child(Base):
    pass
c = Child()
Base.__mul__ = lambda s, o: 'Base.mul'
run('inherited mul', lambda: c * 2)
Child.__mul__ = lambda s, o: 'Child.mul'
run('override mul', lambda: c * 2)
del Child.__mul__
run('back to base', lambda: c * 2)
Base.__init__ = lambda s, x: setattr(s, 'x', x)
run('init', lambda: Child(5).x)
class Meta(type): pass
class M(metaclass=Meta): pass
Meta.__getitem__ = lambda cls, k: f'{cls.__name__}[{k}]'
Meta.__len__ = lambda cls: 42
Meta.__iter__ = lambda cls: iter('ab')
run('meta', lambda: (M['k'], len(M), list(M)))
Meta.__call__ = lambda cls, *a: 'meta call'
run('meta call', lambda: M())
