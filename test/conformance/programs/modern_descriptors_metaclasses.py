# descriptors, __set_name__, __init_subclass__, __class_getitem__, __getattr__/__getattribute__, metaclasses
import functools


class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"deleting {self.name}")
        delattr(obj, self.private)

    def __repr__(self):
        return f"Typed({self.kind.__name__}, name={self.name!r})"


class Model:
    registry = []

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        Model.registry.append(cls)

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"


class User(Model, table="people"):
    name = Typed(str, "?")
    age = Typed(int, 0)


class Item(Model):
    sku = Typed(str)


u = User(name="ann", age=30)
print(u, User.table, Item.table, User._fields, Item._fields, Model.registry)
print(User.name, User["x"], Model[int])
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
del u.age
print(u.age, vars(u))
try:
    del u.age
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        print(f"  loading {name}")
        value = name.upper()
        setattr(self, name, value)
        return value


lz = Lazy()
print(lz.foo, lz.foo, hasattr(lz, "_secret"), getattr(lz, "_x", "dflt"))


class Audited:
    def __init__(self):
        object.__setattr__(self, "reads", [])
        self.x = 1

    def __getattribute__(self, name):
        if name not in ("reads", "__dict__", "__class__"):
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)

    def method(self):
        return self.x


a = Audited()
a.method()
a.y = 2
del a.y
print(a.reads, a.x)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]

    def __repr__(cls):
        return f"<class {cls.__name__} via Singleton>"


class Config(metaclass=Singleton):
    def __init__(self, v=1):
        self.v = v


c1, c2 = Config(5), Config(9)
print(c1 is c2, c2.v, Config, type(Config), isinstance(Config, Singleton))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"  prepare {name} {kw}")
        return {"prepared": True}


class Thing(metaclass=Meta, flavour="x"):
    pass


print(Thing.created_by, Thing.prepared, Thing.extra)


class P:
    @property
    def ro(self):
        return 1

    @functools.cached_property
    def heavy(self):
        print("  computing")
        return [1, 2]


p = P()
for action in [lambda: setattr(p, "ro", 2), lambda: delattr(p, "ro")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(p.heavy, p.heavy, "heavy" in vars(p))
del p.heavy
print(p.heavy)
print(type(P.__dict__["heavy"]).__name__, P.heavy.attrname)


class WithSlots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


ws = WithSlots()
try:
    ws.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    ws.b
except AttributeError as e:
    print("AttributeError:", e)
print(WithSlots.a, type(WithSlots.a).__name__, hasattr(ws, "__dict__"))
try:
    class Bad(WithSlots):
        __slots__ = ("a",)
    print("ok sub-slots")
except TypeError as e:
    print(e)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
