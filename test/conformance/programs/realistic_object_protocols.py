# a slotted vector class, many operator errors with their messages, cooperative __init__, metaclass, builtin subclasses
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __neg__(self): return Vec(-self.x, -self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
v = Vec(3, 4)
print(v + Vec(1, 1), 2 * v, v * 0.5, v @ v, abs(v), bool(Vec(0, 0)), list(v), -v, v[-1], v == Vec(3, 4), v != Vec(3, 4))
x, y = v; print(x, y, [*v, *v], dict(zip("xy", v)))
tests = [
    lambda: v + 1, lambda: 1 + v, lambda: v * "s", lambda: v - v, lambda: hash(v), lambda: {v: 1}, lambda: v < v,
    lambda: setattr(v, "z", 1), lambda: v.__dict__, lambda: v[5], lambda: len(v), lambda: v @ 3, lambda: ~v,
    lambda: v ** 2, lambda: divmod(v, 2), lambda: round(v), lambda: int(v), lambda: float(v), lambda: "a" < 1,
    lambda: [] + (), lambda: None + 1, lambda: 1 / "x", lambda: "x" * 2.5, lambda: [1][1.0], lambda: {}[[]],
    lambda: sorted([v, Vec(1, 2)]), lambda: max(1, "a"), lambda: sum(["a", "b"]), lambda: sum([[1]], []),
    lambda: iter(5), lambda: next([1]), lambda: (1, 2)[3], lambda: "abc".index("z"), lambda: [1].remove(2),
    lambda: int("12", 1), lambda: chr(-1), lambda: ord("ab"), lambda: list.append(1, 2), lambda: object().x,
    lambda: type("T", (), {})().missing, lambda: Vec.missing, lambda: Vec(1), lambda: Vec(1, 2, 3), lambda: Vec(1, y=2, x=3),
    lambda: abs("s"), lambda: len(5), lambda: (lambda a, /, b: 0)(a=1, b=2), lambda: (lambda *, k: 0)(1),
    lambda: {}.pop("k"), lambda: set().pop(), lambda: [].pop(), lambda: frozenset().add, lambda: "".join([1]),
    lambda: bytes("x"), lambda: b"a" + "b", lambda: 10 ** -1 // 0, lambda: 2 ** 10000 * 1.0, lambda: float("1e400") * 0,
    lambda: int(float("inf")), lambda: int(float("nan")), lambda: [1, 2, 3][::0], lambda: "%d" % "x", lambda: getattr(v, "q"),
    lambda: delattr(v, "x") or v.x, lambda: issubclass(1, int), lambda: isinstance(1, 1), lambda: super(int, "s"),
    lambda: memoryview("s"), lambda: range(1.5), lambda: slice(1)[0], lambda: complex("x"), lambda: dict([1, 2]), lambda: dict(a=1)["b"],
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
class A(Base):
    def __init__(self, a=0, **kw):
        print("A init", a); super().__init__(**kw)
class B(Base):
    def __init__(self, b=0, **kw):
        print("B init", b); super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print("C init"); super().__init__(**kw)
C(a=1, b=2, extra=3)
print([k.__name__ for k in C.__mro__])
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["registered"] = kw.get("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
class Plugin(metaclass=Meta, tag="plug"):
    def __init__(self, n): self.n = n
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw); super().__init_subclass__()
class Sub(Plugin, tag="sub", color="red"):
    pass
print(Plugin.registered, Sub.registered, Plugin, type(Sub), Sub(3).n)
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        return f"lazy-{name}"
l = Lazy(); print(l.real, l.foo, getattr(l, "bar", None), hasattr(l, "_x"))
class Prop:
    @property
    def val(self): return 42
try:
    Prop().val = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Prop().val
except AttributeError as e:
    print("AttributeError:", e)
class NoHash:
    def __eq__(self, o): return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
for obj in (BadBool(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
print(MyInt(5) + 1, repr(MyInt(5)), MyInt(5), f"{MyInt(5)}", str(MyInt(7)), [MyInt(1)], type(MyInt(5) * 2).__name__)
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hey"); print(s.shout(), type(s + "x").__name__, type(s.strip()).__name__, repr(s), s == "hey", hash(s) == hash("hey"))
class MyList(list):
    def __getitem__(self, i): return super().__getitem__(i - 1)
ml = MyList([10, 20, 30]); print(ml[1], ml[3], list(ml), len(ml), ml + [1], type(ml[:]).__name__ if False else "")
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["zz"], d.get("zz"), "zz" in d)
