# __getattr__ vs __getattribute__, __setattr__/__delattr__ overrides
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        delattr(self._target, name)
class T: pass
t = T()
p = Proxy(t)
p.a = 1
print(p.a, t.a)
del p.a
print(hasattr(t, "a"))
try:
    p.zz
except AttributeError as e:
    print("AttributeError", e)

class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("__"):
            return object.__getattribute__(self, name)
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("fallback", name)
        return 42
l = Logged()
print(l.x)
print(l.missing)
print(getattr(l, "other", "dflt"))

class Raises:
    def __getattribute__(self, name):
        raise AttributeError(f"no {name}")
    def __getattr__(self, name):
        return "fallback " + name
print(Raises().foo)

class NoFallback:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    NoFallback().q
except KeyError as e:
    print("KeyError", e)
print(hasattr(Raises(), "x"))
try:
    hasattr(NoFallback(), "x")
except KeyError as e:
    print("hasattr propagates KeyError", e)

class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen()
try:
    f.a = 1
except AttributeError as e:
    print(e)
try:
    del f.a
except AttributeError as e:
    print(e)
object.__setattr__(f, "a", 5)
print(f.a)

class Base:
    def __setattr__(self, k, v):
        print("Base.setattr", k)
        super().__setattr__(k, v)
class Derived(Base):
    def __init__(self):
        self.q = 1
d = Derived()
print(d.q, vars(d))
# special method lookup bypasses __getattr__ and __getattribute__
class Sneaky:
    def __getattr__(self, name):
        return lambda *a: "sneaky"
s = Sneaky()
print(s.__len__())
try:
    len(s)
except TypeError as e:
    print("TypeError", e)
# attribute error message for missing attr with suggestions
class W:
    def __init__(self): self.value = 1
try:
    W().valeu
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    del W().nope
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
# getattr on a __getattr__ that raises a different error
class G2:
    def __getattr__(self, n):
        raise ValueError(n)
try:
    getattr(G2(), "k", None)
except ValueError as e:
    print("ValueError", e)
