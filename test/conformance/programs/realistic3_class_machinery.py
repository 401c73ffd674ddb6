# Class machinery: __slots__, properties, class/static methods, __init_subclass__,
# __set_name__ descriptors, __class_getitem__, and their error messages.


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

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
        raise AttributeError(f"cannot delete {self.name}")


class Registry:
    plugins = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key is None:
            raise TypeError(f"{cls.__name__} needs a key")
        Registry.plugins[key] = cls
        cls.key = key

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class Product(Registry, key="product"):
    name = Typed(str, "?")
    price = Typed(float, 0.0)
    qty = Typed(int, 0)

    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty

    @property
    def total(self):
        return self.price * self.qty

    @total.setter
    def total(self, value):
        self.qty = int(value // self.price)

    @classmethod
    def from_csv(cls, line):
        n, p, q = line.split(",")
        return cls(n.strip(), float(p), int(q))

    @staticmethod
    def fmt(amount):
        return f"${amount:,.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price}, {self.qty})"


class Service(Registry, key="service"):
    pass


p = Product("widget", 2.5, 4)
print(p, p.total, Product.fmt(p.total), Product._fields, Product.key)
p.total = 26
print(p.qty, p)
q = Product.from_csv(" gadget , 1250.0, 3")
print(q, Product.fmt(q.total), vars(q))
print(sorted(Registry.plugins), Registry.plugins["service"].__name__)
print(Product[int], Registry["x"], Service[0])
print(type(Product.__dict__["name"]).__name__, Product.name.private, Product.total.__doc__)
for bad in [("price", "free"), ("qty", 1.5)]:
    try:
        setattr(p, *bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    del p.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Broken(Registry):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Broken2(Registry, key="b", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


pt = Point3(1, 2, 3)
print(pt, pt.z, Point.__slots__, Point3.__slots__, hasattr(pt, "__dict__"))
print(type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
try:
    pt.w = 4
except AttributeError as e:
    print("AttributeError:", e)
p2 = Point(0, 0)
del p2.y
try:
    p2.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Conflict(int):
        __slots__ = ("v",)
except TypeError as e:
    print("TypeError:", e)


class Temperature:
    def __init__(self):
        self._c = 0.0

    celsius = property(lambda self: self._c, doc="degrees C")

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @fahrenheit.deleter
    def fahrenheit(self):
        print("resetting")
        self._c = 0.0


t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.fahrenheit
print(t.celsius)
try:
    t.celsius = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Temperature.fahrenheit, property), Temperature.fahrenheit.fset.__name__)
cm = Product.__dict__["from_csv"]
print(type(cm).__name__, cm.__func__.__name__, type(Product.__dict__["fmt"]).__name__)
print(Product.from_csv.__self__ is Product, Product.fmt(1e6))
print(list(Product.__mro__), Product.__init_subclass__.__self__ is Product)
