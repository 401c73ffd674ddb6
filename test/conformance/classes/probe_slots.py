# __slots__: inheritance, __dict__ and __weakref__ in slots, errors
import weakref
class A:
    __slots__ = ("x", "y")
a = A()
a.x = 1
try:
    a.z = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    a.y
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(a, "__dict__"), A.__slots__, type(A.x).__name__)
try:
    weakref.ref(a)
except TypeError as e:
    print("TypeError", e)
class B(A):
    pass
b = B()
b.z = 3
print(b.__dict__)
class C(A):
    __slots__ = ("z",)
c = C()
c.x, c.z = 1, 2
print(c.x, c.z, hasattr(c, "__dict__"))
class D:
    __slots__ = ("__dict__", "a")
d = D()
d.a = 1
d.b = 2
print(d.__dict__)
class E:
    __slots__ = ("__weakref__",)
e = E()
r = weakref.ref(e)
print(r() is e)
class F:
    __slots__ = "single"
f = F()
f.single = 1
print(F.__slots__, f.single)
try:
    class G:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)
try:
    class H:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError", e)
try:
    class I:
        __slots__ = ("1bad",)
except TypeError as e:
    print("TypeError", e)
try:
    class J(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
class K:
    __slots__ = ("__private",)
    def __init__(self): self.__private = 5
    def get(self): return self.__private
print(K().get(), K.__slots__, [n for n in dir(K) if "private" in n])
class L:
    __slots__ = ["a", "b"]
    def __init__(self): self.a = 1
l = L()
del l.a
try:
    del l.a
except AttributeError as e:
    print("AttributeError", e)
print(L.a.__name__, L.a.__objclass__.__name__)
class M:
    __slots__ = {"a": "doc of a", "b": None}
print(M.a.__doc__, M.__slots__)
class N:
    __slots__ = ()
try:
    N().q = 1
except AttributeError as e:
    print("AttributeError", e)
class O(tuple):
    __slots__ = ()
print(O((1,2)), hasattr(O(), "__dict__"))
try:
    class P:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print("TypeError", e)
import copy, pickle
class Q:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
q = copy.copy(Q())
print(q.a, q.b)
q2 = copy.deepcopy(q)
print(q2.a, q2.b, q2.b is q.b)
q3 = pickle.loads(pickle.dumps(q))
print(q3.a, q3.b)
