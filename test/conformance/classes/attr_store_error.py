# a failed attribute store or delete: CPython's message, with no name/obj (unlike a failed load); del obj.__dict__ drops the dict
import math, sys
class A:
    __slots__ = ('xyz',)
class M(type): pass
class B(metaclass=M): pass
class C: pass
for stmt in ["A().xyy = 1", "A().xyy", "del A().xyy", "object().foo = 1", "object().foo", "A().xyz", "del A().xyz",
             "setattr(A(), 'xyy', 1)", "delattr(A(), 'xyy')", "getattr(A(), 'xyy')", "(1).real = 2", "(1).reel",
             "print.x = 1", "del math.foo", "del sys.foo", "del C.foo", "del B.foo", "del int.foo", "int.foo = 1",
             "del (1).real", "del A().__class__", "A().__dict__ = 1", "del C.__name__", "C.__name__ = 1", "del C.__dict__",
             "delattr(C, 'zz')", "del C().qq"]:
    try: exec(stmt)
    except (AttributeError, TypeError) as e:
        print(stmt, "|", type(e).__name__, e, "|", getattr(e, 'name', '-'), type(getattr(e, 'obj', None)).__name__)
class P:
    @property
    def ro(self): return 1
try: P().ro = 1
except AttributeError as e: print(e, e.name, e.obj)
d = C(); d.x = 1; del d.__dict__
print(d.__dict__, hasattr(d, 'x')); d.y = 2; print(d.__dict__)
def hot():
    for i in range(2000):
        o = C(); o.a = i; del o.__dict__; o.b = i
        if i % 500 == 0: print(o.__dict__, getattr(o, 'a', 'gone'))
hot()
