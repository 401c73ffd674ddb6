# A GUI-widget class hierarchy built from mixins: cooperative super() through diamonds,
# __init__ keyword forwarding, C3 MRO listings and the TypeError for inconsistent orders,
# metaclass conflicts, __slots__ layouts, __getattribute__/__getattr__/__delattr__ hooks,
# descriptors with __delete__, __init_subclass__ keyword errors and object.__new__ errors.


class Widget:
    def __init__(self, *, name="w", **kw):
        if kw:
            raise TypeError(f"unexpected options for {type(self).__name__}: {sorted(kw)}")
        self.name = name
        self.log = [f"Widget({name})"]

    def render(self):
        return [f"<{self.name}>"]


class Clickable(Widget):
    def __init__(self, *, on_click=None, **kw):
        super().__init__(**kw)
        self.on_click = on_click
        self.log.append("Clickable")

    def render(self):
        return super().render() + ["click"]


class Hoverable(Widget):
    def __init__(self, *, tooltip="", **kw):
        super().__init__(**kw)
        self.tooltip = tooltip
        self.log.append("Hoverable")

    def render(self):
        return super().render() + [f"hover:{self.tooltip}"]


class Styled(Widget):
    def __init__(self, *, color="black", **kw):
        super().__init__(**kw)
        self.color = color
        self.log.append("Styled")

    def render(self):
        return [f"[{self.color}]"] + super().render()


class Button(Clickable, Hoverable, Styled):
    def __init__(self, label, **kw):
        super().__init__(**kw)
        self.label = label
        self.log.append("Button")

    def render(self):
        return super().render() + [self.label]


b = Button("OK", name="ok", tooltip="confirm", color="green", on_click=print)
print([c.__name__ for c in Button.__mro__])
print(b.log, b.render())
try:
    Button("x", size=3)
except TypeError as e:
    print("TypeError:", e)
print(super(Clickable, b).render(), super(Hoverable, b).render())

for bases in [("Clickable", "Widget", "Hoverable"), ("Widget", "Clickable")]:
    try:
        type("Bad", tuple(globals()[n] for n in bases), {})
    except TypeError as e:
        print("MRO:", e)
try:
    class X(Button, Button):
        pass
except TypeError as e:
    print("dup:", e)


class MetaA(type):
    pass


class MetaB(type):
    pass


try:
    class C(MetaA("A", (), {}), MetaB("B", (), {})):
        pass
except TypeError as e:
    print("metaclass:", e)


class Point2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point2):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p = Point3(1, 2, 3)
print(p.x, p.y, p.z, Point3.__slots__, hasattr(p, "__dict__"), [k for k in dir(p) if not k.startswith("_")])
try:
    p.w = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Point2.__new__(Point2).x)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict(Point2):
        __slots__ = ("x",)
    print("conflict allowed", Conflict.__slots__)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(int):
        __slots__ = ("extra",)
except TypeError as e:
    print("TypeError:", e)


class Audited:
    def __init__(self):
        object.__setattr__(self, "accesses", [])
        self.value = 1

    def __getattribute__(self, name):
        if not name.startswith("__") and name != "accesses":
            object.__getattribute__(self, "accesses").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<missing {name}>"

    def __delattr__(self, name):
        if name == "value":
            raise AttributeError("value is permanent")
        object.__delattr__(self, name)


a = Audited()
a.temp = 5
print(a.value, a.nothing, a.temp, a.accesses)
del a.temp
try:
    del a.value
except AttributeError as e:
    print("AttributeError:", e)
print(a.temp, getattr(a, "other", "dflt"), hasattr(a, "anything"))


class Managed:
    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.key)
        except AttributeError:
            raise AttributeError(f"{self.key[1:]} was deleted") from None

    def __set__(self, obj, value):
        setattr(obj, self.key, value)

    def __delete__(self, obj):
        print(f"deleting {self.key[1:]}")
        delattr(obj, self.key)


class Settings:
    theme = Managed()


s = Settings()
s.theme = "dark"
print(s.theme, vars(s))
del s.theme
try:
    s.theme
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __init_subclass__(cls, *, kind, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind


class Good(Base, kind="good"):
    pass


print(Good.kind)
for build in [lambda: type("NoKind", (Base,), {}), lambda: type("Extra", (Base,), {}, kind="k", extra=1)]:
    try:
        build()
    except TypeError as e:
        print("TypeError:", e)
for thunk in [lambda: object(1), lambda: object.__new__(Button, 1) and None, lambda: Widget(1), lambda: int.__new__(str),
              lambda: object.__init__(b, 1), lambda: type("T", (), {}, 1), lambda: super(int, "x")]:
    try:
        thunk()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(Button.__bases__, Button.__base__.__name__, Widget.__subclasses__(), issubclass(Button, (int, Styled)))
