# object.__reduce_ex__/__getstate__ details: slots, dict+slots, protocols 0-5, copyreg, errors
import copy, pickle, copyreg
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
class DS:
    __slots__ = ("a", "__dict__")
    def __init__(self): self.a = 1; self.z = 2
class Plain:
    def __init__(self): self.x = 1
class Empty: pass
print(S().__getstate__(), DS().__getstate__(), Plain().__getstate__(), Empty().__getstate__())
for proto in range(6):
    for cls in (S, DS, Plain):
        try:
            o = pickle.loads(pickle.dumps(cls(), proto))
            print(proto, cls.__name__, {k: getattr(o, k) for k in ("a", "b", "x", "z") if hasattr(o, k)})
        except Exception as e:
            print(proto, cls.__name__, type(e).__name__, e)
r = Plain().__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], r[3:], len(r))
r0 = Plain().__reduce_ex__(0)
print(r0[0].__name__, r0[1][0].__name__, r0[1][1].__name__, r0[1][2], r0[2])
print(Plain().__reduce__()[0].__name__)
class GS:
    def __getstate__(self): return {"g": 1}
print(GS().__reduce_ex__(2)[2], copy.copy(GS()).g)
class FalsyState:
    def __init__(self): self.x = 5
    def __getstate__(self): return {}
    def __setstate__(self, s): print("setstate called", s)
c = copy.copy(FalsyState())
print(hasattr(c, "x"))
p = pickle.loads(pickle.dumps(FalsyState()))
print(hasattr(p, "x"))
class NoneState:
    def __getstate__(self): return None
    def __setstate__(self, s): print("setstate", s)
copy.copy(NoneState()); pickle.loads(pickle.dumps(NoneState()))
class Vec:
    def __init__(self, x): self.x = x
def reduce_vec(v):
    return (Vec, (v.x * 100,))
copyreg.pickle(Vec, reduce_vec)
print(pickle.loads(pickle.dumps(Vec(1))).x, copy.copy(Vec(2)).x, copy.deepcopy(Vec(3)).x)
class ListSub(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.meta = "m"
ls = ListSub([1, 2])
r = ls.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], type(r[3]).__name__)
print(copy.copy(ls), copy.copy(ls).meta, pickle.loads(pickle.dumps(ls, 0)).meta)
class DictSub(dict):
    pass
ds = DictSub(a=1); ds.attr = 2
print(pickle.loads(pickle.dumps(ds)).attr, copy.deepcopy(ds))
class BadReduce:
    def __reduce__(self): return 5
try:
    pickle.dumps(BadReduce())
except pickle.PicklingError as e:
    print("PicklingError", e)
try:
    copy.copy(BadReduce())
except Exception as e:
    print(type(e).__name__, e)
class TupleReduce:
    def __reduce__(self): return (TupleReduce,)
try:
    copy.copy(TupleReduce())
except Exception as e:
    print(type(e).__name__, e)
class StrReduce:
    def __reduce__(self): return "GLOBAL_NAME"
GLOBAL_NAME = StrReduce()
print(pickle.loads(pickle.dumps(GLOBAL_NAME)) is GLOBAL_NAME, copy.copy(GLOBAL_NAME) is GLOBAL_NAME)
class Unpicklable:
    def __reduce_ex__(self, p): raise TypeError("nope")
try:
    pickle.dumps(Unpicklable())
except TypeError as e:
    print("TypeError", e)
import io
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dump([1, 2]); p.dump("x")
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load())
try:
    pickle.loads(pickle.dumps(Plain())[:-3])
except Exception as e:
    print(type(e).__name__)
class Mod:
    def __init__(self): self.f = len
print(pickle.loads(pickle.dumps(Mod())).f is len)
def local():
    pass
print(pickle.loads(pickle.dumps(local)) is local)
try:
    pickle.dumps(object.__new__(type("Dyn", (), {})))
except Exception as e:
    print(type(e).__name__, e)
