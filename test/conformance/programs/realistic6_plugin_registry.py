"""A plugin system: __init_subclass__, descriptors, class decorators, metaclasses, abc."""
from abc import ABC, abstractmethod
import inspect


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)


class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases and not ns.get("abstract", False):
            mcls.plugins[kw.get("key", name.lower())] = cls
        return cls

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Plugin(metaclass=Registry):
    priority = Field(int, 50)
    label = Field(str, "")

    def __init__(self, **opts):
        for k, v in opts.items():
            setattr(self, k, v)

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin, key="up"):
    def run(self, text):
        return text.upper()


class Reverse(Plugin):
    priority = Field(int, 10)

    def run(self, text):
        return text[::-1]


class Base(Plugin):
    abstract = True

    def run(self, text):
        return self.transform(text) + self.label


class Rot13(Base):
    def transform(self, text):
        return text.translate(str.maketrans(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM"))


print(sorted(Registry.plugins), Registry.plugins["up"], type(Upper).__name__)
chain = [cls(label="!") for cls in Registry.plugins.values()]
chain[0].priority = 99
chain.sort(key=lambda p: (p.priority, type(p).__name__))
text = "Hello Plugins"
for p in chain:
    text = p.run(text)
    print(f"{type(p).__name__:8} prio={p.priority:<3} -> {text}")
try:
    Upper(priority="high")
except TypeError as e:
    print("TypeError:", e)
print(Plugin.priority.name, Plugin.__dict__["label"].private, vars(chain[0]))


class Shape(ABC):
    registry = []

    def __init_subclass__(cls, /, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.registry.append(cls)

    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def name(self): ...

    def __repr__(self):
        return f"{self.name}(area={self.area():.2f}, sides={self.sides})"


class Square(Shape, sides=4):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    name = property(lambda self: "Square")


class Triangle(Shape, sides=3):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2

    @property
    def name(self):
        return "Triangle"


class Blob(Shape):
    def area(self):
        return 0


print(Square(3), Triangle(4, 5), [c.__name__ for c in Shape.registry])
try:
    Blob()
except TypeError as e:
    print(e)
print(inspect.isabstract(Blob), sorted(Blob.__abstractmethods__), issubclass(Square, Shape), isinstance(Square(1), ABC))
print(inspect.signature(Triangle.__init__), [n for n, _ in inspect.getmembers(Square, inspect.isfunction)])


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.__wrapped__ = cls
    return get


@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env


print(Config("prod").env, Config("test").env, Config() is Config(), Config.__wrapped__.__name__)
print(Upper.__mro__, Registry.__mro__)
print(type.__call__(Reverse).run("abc"), Registry.__call__(Upper).run("abc"))
