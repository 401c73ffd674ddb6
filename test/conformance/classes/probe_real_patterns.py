# patterns real code uses: cached_property, singledispatchmethod, ORM-style metaclass, mixins, delegation + pickle
import functools, copy, pickle
class Data:
    def __init__(self, n): self.n = n
    @functools.cached_property
    def square(self):
        print("computing")
        return self.n ** 2
d = Data(4)
print(d.square, d.square, d.__dict__)
del d.square
print(d.square)
print(type(Data.square).__name__, Data.square.attrname)
class NoDict:
    __slots__ = ("n",)
    @functools.cached_property
    def v(self): return 1
try:
    NoDict().v
except TypeError as e:
    print("TypeError", e)
try:
    class Twice:
        @functools.cached_property
        def a(self): return 1
        b = a
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
class Disp:
    @functools.singledispatchmethod
    def handle(self, arg): return ("default", arg)
    @handle.register
    def _(self, arg: int): return ("int", arg)
    @handle.register(str)
    def _(self, arg): return ("str", arg)
print(Disp().handle(1), Disp().handle("s"), Disp().handle(1.5))
@functools.singledispatch
def show(x): return "obj"
@show.register(list)
def _(x): return "list"
@show.register
def _(x: dict): return "dict"
print(show(1), show([]), show({}), show(True), show.registry.keys() >= {object, list, dict})
class Field:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return obj._values.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name}: expected {self.kind.__name__}")
        obj._values[self.name] = value
class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = {**getattr(cls, "_fields", {}), **fields}
        return cls
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        self._values = {}
        for k, v in kw.items():
            if k not in self._fields: raise TypeError(f"unknown field {k}")
            setattr(self, k, v)
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={getattr(self, k)!r}' for k in self._fields)})"
class User(Model):
    name = Field(str)
    age = Field(int)
class Admin(User):
    level = Field(int)
print(User(name="a", age=3), Admin(name="b", age=1, level=9), list(Admin._fields))
try:
    User(age="x")
except TypeError as e:
    print("TypeError", e)
class LogMixin:
    def save(self):
        print("log before", type(self).__name__)
        return super().save()
class ValidateMixin:
    def save(self):
        print("validate")
        return super().save()
class Store:
    def save(self):
        print("stored")
        return True
class Thing(LogMixin, ValidateMixin, Store): pass
print(Thing().save(), [c.__name__ for c in Thing.__mro__])
class Wrapper:
    def __init__(self, obj): self._obj = obj
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        return getattr(self._obj, name)
w = Wrapper([1, 2])
print(w.count(1), w.index(2))
w2 = copy.copy(w)
print(w2._obj is w._obj)
w3 = pickle.loads(pickle.dumps(w))
print(w3._obj)
class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
with Ctx("a") as a, Ctx("b") as b:
    print("body", a.name, b.name)
with Ctx("c"):
    raise KeyError("swallowed")
print("after")
class Registry(dict):
    def register(self, name=None):
        def deco(fn):
            self[name or fn.__name__] = fn
            return fn
        return deco
reg = Registry()
@reg.register()
def alpha(): return 1
@reg.register("b")
def beta(): return 2
print(sorted(reg), reg["b"]())
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCounter(Counter): pass
Counter(); SubCounter(); SubCounter()
print(Counter.count, SubCounter.count)
class Money:
    __slots__ = ("amount", "cur")
    def __init__(self, amount, cur="EUR"):
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "cur", cur)
    def __eq__(self, o): return (self.amount, self.cur) == (o.amount, o.cur)
    def __hash__(self): return hash((self.amount, self.cur))
    def __repr__(self): return f"Money({self.amount}, {self.cur!r})"
    def __add__(self, o):
        if isinstance(o, int) and o == 0: return self
        return Money(self.amount + o.amount, self.cur)
    __radd__ = __add__
print(sum([Money(1), Money(2)]), {Money(1): "x"}[Money(1)], copy.deepcopy(Money(5)), pickle.loads(pickle.dumps(Money(7))))
from functools import wraps
def trace(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
class T:
    @trace
    def method(self):
        "doc"
        return self
    @classmethod
    @trace
    def cm(cls): return cls.__name__
    @staticmethod
    @trace
    def sm(): return "sm"
print(T.method.__name__, T.method.__doc__, T.method.__qualname__, T.method.__wrapped__.__name__, T().method() is not None, T.cm(), T.sm())
print(functools.partial(T.method)(T()) is not None, functools.partialmethod)
class PM:
    def set(self, k, v): return (k, v)
    set_a = functools.partialmethod(set, "a")
print(PM().set_a(1))
class FrozenMoney:
    __slots__ = ("amount", "cur")
    def __init__(self, amount, cur="EUR"):
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "cur", cur)
    def __setattr__(self, k, v): raise AttributeError("immutable")
    def __repr__(self): return f"Money({self.amount}, {self.cur!r})"
for fn in (copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))):
    try:
        print(fn(FrozenMoney(5)))
    except AttributeError as e:
        print("AttributeError", e)
class WithDict:
    def __init__(self): object.__setattr__(self, "a", 1)
    def __setattr__(self, k, v): raise AttributeError("immutable")
for fn in (copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))):
    try:
        print(fn(WithDict()).a)
    except AttributeError as e:
        print("AttributeError", e)
