# Properties, descriptors (__set_name__), __slots__, __getattr__/__setattr__/__delattr__/__getattribute__, validation
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")

class Product:
    name = Typed(str)
    price = Typed((int, float).__class__ and float, minimum=0)
    qty = Typed(int, minimum=0)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty
    @total.setter
    def total(self, v):
        raise AttributeError("total is computed")
    @property
    def label(self):
        return self.name.title()

p = Product("widget", 2.5, 4)
print(p.total, p.label, Product.name.name, Product.qty.private, vars(p))
for action in (lambda: setattr(p, "qty", -1), lambda: setattr(p, "price", 3), lambda: delattr(p, "name"), lambda: setattr(p, "total", 1), lambda: setattr(p, "label", "x"), lambda: delattr(p, "label")):
    try:
        action()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Vec3(Vec):
    __slots__ = ("z",)
class Loose(Vec):
    pass
v = Vec(1, 2)
print(Vec.__slots__, hasattr(v, "__dict__"), Vec.x, type(Vec.x).__name__)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
v3 = Vec3(1, 2); v3.z = 3; print(v3.x, v3.z)
try:
    v3.w = 1
except AttributeError as e:
    print("AttributeError:", e)
l = Loose(1, 2); l.extra = 5; print(l.extra, l.__dict__)
e = Vec.__new__(Vec)
try:
    e.x
except AttributeError as err:
    print("AttributeError:", err)
try:
    class Clash:
        __slots__ = ("a",)
        a = 5
except ValueError as err:
    print("ValueError:", err)

class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: self._fields.get(key, "n/a")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._fields[name] = value
    def __delattr__(self, name):
        self._log.append(("del", name))
        del self._fields[name]
    def __dir__(self):
        return sorted(self._fields)

r = Record(a=1, b=2)
r.c = 3
print(r.a, r.c, r.get_b(), r.get_zz(), dir(r), getattr(r, "missing", "default"), hasattr(r, "nope"))
del r.a
try:
    r.a
except AttributeError as e2:
    print("AttributeError:", e2)
try:
    r._secret = 1
except AttributeError as e2:
    print("AttributeError:", e2)
try:
    del r.zzz
except KeyError as e2:
    print("KeyError:", e2)
print(r._log)

class Audited:
    def __init__(self):
        self.hits = 0
        self.value = 10
    def __getattribute__(self, name):
        if name not in ("hits", "__dict__", "__class__"):
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<computed {name}>"
a = Audited()
print(a.value, a.value, a.other, a.hits)

class Temperature:
    def __init__(self, c=0.0):
        self._c = c
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f, doc="degrees F")
    @property
    def celsius(self):
        "degrees C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        self._c = 0
t = Temperature(100)
print(t.fahrenheit, Temperature.fahrenheit.__doc__, Temperature.celsius.__doc__)
t.fahrenheit = 32; print(t.celsius)
del t.celsius; print(t.celsius)
try:
    t.celsius = -300
except ValueError as e3:
    print("ValueError:", e3)
class ReadOnly:
    @property
    def x(self):
        return 1
try:
    ReadOnly().x = 2
except AttributeError as e3:
    print("AttributeError:", e3)
try:
    del ReadOnly().x
except AttributeError as e3:
    print("AttributeError:", e3)
class Lazy:
    def __get__(self, obj, owner):
        print(f"  Lazy.__get__ obj={type(obj).__name__} owner={owner.__name__}")
        return 42
class Host:
    attr = Lazy()
print(Host.attr, Host().attr)
h = Host(); h.__dict__["attr"] = "shadow"; print(h.attr)
class Const:
    def __get__(self, obj, owner): return "desc"
    def __set__(self, obj, v): print("  set blocked", v)
class Host2:
    attr = Const()
h2 = Host2(); h2.__dict__["attr"] = "shadow"; h2.attr = 5; print(h2.attr)
print(object().__class__.__name__, type(Product.total).__name__, Product.total.fget.__name__, property().fget)
try:
    object().x = 1
except AttributeError as e4:
    print("AttributeError:", e4)
try:
    (1).real = 2
except AttributeError as e4:
    print("AttributeError:", e4)
try:
    p.nonexistent
except AttributeError as e4:
    print("AttributeError:", e4, e4.name, e4.obj is p)
