# copy and pickle of set/frozenset/bytearray subclasses keep __slots__ values (the state is __getstate__'s).
import copy, pickle
class S(set):
    __slots__ = ('x', 'y', '__dict__')
class F(frozenset):
    __slots__ = ('x', 'y')
class L(list):
    __slots__ = ('x',)
class D(dict):
    __slots__ = ('x',)
for cls in (S, F, L, D):
    s = cls([1, 2])
    s.x = 10
    if cls is S: s.z = 5
    for dup in (copy.copy(s), pickle.loads(pickle.dumps(s)), copy.deepcopy(s)):
        print(cls.__name__, type(dup).__name__, sorted(dup), getattr(dup, 'x', '-'), getattr(dup, 'z', '-'))
    print(s.__reduce_ex__(2)[2] if cls in (S, F) else '')
class B(bytearray):
    __slots__ = ('x',)
b = B(b'ab'); b.x = 3
c = copy.copy(b); print(c, c.x)
class G(set):
    def __getstate__(self): return {'g': 1}
print(G([1]).__reduce__())
