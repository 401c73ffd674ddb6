# __reduce__/__reduce_ex__ tuple forms: state, listitems, dictitems, state setter, string results; object.__getstate__
import copy, pickle, copyreg
class L:
    def __init__(self): self.items = []
    def append(self, x): self.items.append(x)
    def extend(self, xs): print('extend called'); self.items.extend(xs)
    def __reduce__(self): return (L, (), None, iter([1, 2, 3]))
c = copy.copy(L()); print(c.items)
c = pickle.loads(pickle.dumps(L(), 2)); print(c.items)
c = pickle.loads(pickle.dumps(L(), 0)); print(c.items)
class D(dict):
    pass
class DI:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): print('setitem', k, v); self.d[k] = v
    def __reduce__(self): return (DI, (), None, None, iter([('a', 1), ('b', 2)]))
print(copy.deepcopy(DI()).d, pickle.loads(pickle.dumps(DI())).d)
def setter(obj, state): print('state setter', state); obj.s = state
class SS:
    def __reduce__(self): return (SS, (), {'k': 1}, None, None, setter)
print(pickle.loads(pickle.dumps(SS(), 5)).s)
try: copy.copy(SS())
except TypeError as e: print("TypeError:", e)
GLOBAL_OBJ = object()
class ByName:
    def __reduce__(self): return 'GLOBAL_INST'
GLOBAL_INST = ByName()
print(pickle.loads(pickle.dumps(GLOBAL_INST)) is GLOBAL_INST, copy.copy(GLOBAL_INST) is GLOBAL_INST, copy.deepcopy(GLOBAL_INST) is GLOBAL_INST)
class Plain:
    def __init__(self): self.a = 1
class Slots:
    __slots__ = ('a', 'b')
class Both:
    __slots__ = ('a', '__dict__')
p = Plain(); s = Slots(); s.a = 1; b = Both(); b.a = 2; b.c = 3
print(p.__getstate__(), s.__getstate__(), b.__getstate__(), object().__getstate__() if hasattr(object, '__getstate__') else '')
print(Plain.__reduce_ex__(p, 2)[0].__name__, Plain.__reduce_ex__(p, 2)[1][0].__name__, Plain.__reduce_ex__(p, 2)[2])
print(p.__reduce_ex__(0)[0].__name__, p.__reduce_ex__(1)[1])
print(copy.copy(s).a, copy.deepcopy(b).__dict__, copy.deepcopy(b).a)
class Empty: pass
print(Empty().__getstate__(), copy.copy(Empty()).__dict__)
class GS:
    def __init__(self): self.x = 1
    def __getstate__(self): return None
c = copy.copy(GS()); print(c.__dict__)
class FalseState:
    def __init__(self): self.x = 1
    def __getstate__(self): return 0
    def __setstate__(self, st): print('setstate called with', st)
copy.copy(FalseState())
class NewArgsEx:
    def __new__(cls, a, *, k): o = super().__new__(cls); o.a = a; o.k = k; return o
    def __getnewargs_ex__(self): return ((self.a,), {'k': self.k})
n = pickle.loads(pickle.dumps(NewArgsEx(1, k=2), 4)); print(n.a, n.k)
n = copy.copy(NewArgsEx(3, k=4)); print(n.a, n.k)
print(NewArgsEx(1, k=2).__reduce_ex__(4)[0].__name__, NewArgsEx(1, k=2).__reduce_ex__(2)[0].__name__)
class Weird: pass
copyreg.pickle(Weird, lambda w: (Weird, (), {'via': 'copyreg'}))
print(copy.copy(Weird()).__dict__, pickle.loads(pickle.dumps(Weird())).__dict__)
try: copy.copy(type('X', (), {'__reduce_ex__': lambda s, p: (1, 2, 3, 4, 5, 6, 7)})())
except Exception as e: print(type(e).__name__, e)
class LS(list):
    def extend(self, xs): print('LS.extend', xs); super().extend(xs)
    def append(self, x): print('LS.append', x); super().append(x)
for proto in (0, 1, 2):
    print(proto, pickle.loads(pickle.dumps(LS([1, 2]), proto)))
class AppendOnly:
    def __init__(self): self.items = []
    def append(self, x): print('append', x); self.items.append(x)
    def __reduce__(self): return (AppendOnly, (), None, iter('ab'))
print(pickle.loads(pickle.dumps(AppendOnly(), 0)).items, pickle.loads(pickle.dumps(AppendOnly(), 2)).items)
