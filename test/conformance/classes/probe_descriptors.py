# descriptors: data/non-data, __set_name__, __get__ on class access, precedence
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return ("class access", objtype.__name__)
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class P:
    x = Typed()
    y = Typed()
    nd = NonData()

print(P.x)
p = P()
print(p.x)
p.x = 5
print(p.x, p.__dict__)
try:
    p.y = "a"
except TypeError as e:
    print("TypeError", e)
del p.x
print(p.x)
print(p.nd)
p.__dict__["nd"] = "instance wins"
print(p.nd)
p.__dict__["x"] = "ignored"
print(p.x)
# descriptor with only __set__ (data descriptor without __get__)
class OnlySet:
    def __set__(self, obj, v):
        print("OnlySet.__set__", v)
class Q:
    a = OnlySet()
q = Q()
q.a = 3
print(type(Q.__dict__["a"]).__name__, isinstance(q.a, OnlySet))
q.__dict__["a"] = 9
print(q.a)
# __set_name__ added later is not called
class R: pass
R.z = Typed()
print(hasattr(R.z, "name") if not isinstance(R.z, tuple) else R.z)
# methods are descriptors
class S:
    def m(self): return 1
print(S.__dict__["m"].__get__(S(), S)())
print(type(S.__dict__["m"].__get__(None, S)).__name__)
# staticmethod/classmethod __get__
sm = staticmethod(lambda: 42)
print(sm.__get__(None, S)())
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, S)())
print(cm.__get__(S())())
# __set_name__ with multiple names for same descriptor
class Named:
    def __set_name__(self, owner, name):
        print("named", name)
d = Named()
class T:
    a = d
    b = d
# error in __set_name__
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class U:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
# __getattr__ with descriptor raising AttributeError
class V:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(V().p)
# function descriptor binding in class attribute of instance dict is not bound
def f(*a): return len(a)
v = V()
v.g = f
print(v.g())
