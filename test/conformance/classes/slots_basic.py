# __slots__: member descriptors, no instance __dict__, inheritance, __dict__ slot, errors.
class P:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1
p = P()
print(P.x, type(P.x), P.__slots__)
print(p.x)
try: p.y
except AttributeError as e: print(repr(e), e.name, e.obj is p)
try: p.z = 3
except AttributeError as e: print(repr(e))
try: p.z
except AttributeError as e: print(repr(e))
try: del p.y
except AttributeError as e: print(repr(e))
try: p.__dict__
except AttributeError as e: print(repr(e))
print(hasattr(p, '__dict__'), '__dict__' in dir(P), '__weakref__' in dir(P))
print(P.__dict__.keys())
class Q(P): pass
q = Q(); q.z = 5; print(q.__dict__, q.x)
class R(P):
    __slots__ = ('__dict__', 'w')
r = R(); r.k = 1; r.w = 2; print(r.__dict__, r.w)
class S: __slots__ = 'abc'
print(S.abc)
class E: __slots__ = ()
try: E().a = 1
except AttributeError as e: print(repr(e))
try:
    class Bad: __slots__ = ('x',); x = 1
except ValueError as e: print(repr(e))
try:
    class Bad2: __slots__ = ('1x',)
except TypeError as e: print(repr(e))
try:
    class Bad3(Q): __slots__ = ('__dict__',)
except TypeError as e: print(repr(e))
class M: __slots__ = ('__priv',)
print(M.__dict__.keys())
print(P.x.__get__(p), P.x.__name__, P.x.__objclass__)
P.x.__set__(p, 9); print(p.x)
