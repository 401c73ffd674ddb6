# A units-of-measure library exercising the object protocols: metaclass registry, __init_subclass__, descriptors,
# __getattr__ proxies, NotImplemented dispatch, __format__, __hash__/__eq__, __class_getitem__, __missing__, __index__.
from functools import total_ordering
import operator
import numbers


class UnitRegistry(type):
    units = {}

    def __new__(mcls, name, bases, ns, symbol=None, factor=1.0, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if symbol:
            mcls.units[symbol] = cls
        cls.symbol = symbol
        cls.factor = factor
        return cls

    def __repr__(cls):
        return f'<unit {cls.__name__} [{cls.symbol}]>'

    def __getitem__(cls, value):
        return cls(value)


@total_ordering
class Quantity(metaclass=UnitRegistry):
    dimension = None
    subclasses = []

    def __init_subclass__(cls, dimension=None, **kw):
        super().__init_subclass__(**kw)
        if dimension:
            cls.dimension = dimension
        Quantity.subclasses.append(cls.__name__)

    def __init__(self, value):
        if not isinstance(value, numbers.Real):
            raise TypeError(f'{type(self).__name__} needs a real number, not {type(value).__name__}')
        self.value = value

    @property
    def base(self):
        return self.value * self.factor

    def to(self, other_cls):
        if other_cls.dimension != self.dimension:
            raise ValueError(f'cannot convert {self.dimension} to {other_cls.dimension}')
        return other_cls(self.base / other_cls.factor)

    def _coerce(self, other):
        if isinstance(other, Quantity):
            if other.dimension != self.dimension:
                raise ValueError(f'incompatible: {self.dimension} vs {other.dimension}')
            return other.base / self.factor
        return NotImplemented

    def __add__(self, other):
        v = self._coerce(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self.value + v)

    __radd__ = __add__

    def __sub__(self, other):
        v = self._coerce(other)
        return NotImplemented if v is NotImplemented else type(self)(self.value - v)

    def __mul__(self, k):
        if isinstance(k, numbers.Real):
            return type(self)(self.value * k)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return self.base / other.base if other.dimension == self.dimension else NotImplemented
        return type(self)(self.value / other)

    def __neg__(self):
        return type(self)(-self.value)

    def __abs__(self):
        return type(self)(abs(self.value))

    def __bool__(self):
        return self.value != 0

    def __eq__(self, other):
        if not isinstance(other, Quantity) or other.dimension != self.dimension:
            return NotImplemented
        return abs(self.base - other.base) < 1e-9

    def __lt__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return self.base < self._coerce(other) * self.factor

    def __hash__(self):
        return hash((self.dimension, round(self.base, 9)))

    def __repr__(self):
        return f'{type(self).__name__}({self.value!r})'

    def __str__(self):
        return f'{self.value:g} {self.symbol}'

    def __format__(self, spec):
        if spec.endswith('u'):
            return format(self.value, spec[:-1]) + ' ' + self.symbol
        return format(self.value, spec)


class Length(Quantity, dimension='length'):
    pass


class Metre(Length, symbol='m'):
    pass


class Kilometre(Length, symbol='km', factor=1000.0):
    pass


class Mile(Length, symbol='mi', factor=1609.344):
    pass


class Mass(Quantity, dimension='mass'):
    pass


class Kilogram(Mass, symbol='kg'):
    pass


class Pound(Mass, symbol='lb', factor=0.45359237):
    pass


print(sorted(UnitRegistry.units), Quantity.subclasses, Metre, Metre.__mro__[1:3], type(Metre))
a, b = Metre(1500), Kilometre(2)
print(a + b, b + a, repr(a - b), 3 * b, b * 0.5, b / 4, b / a, -a, abs(-a), bool(Metre(0)))
print(a < b, a >= b, max(a, b, Mile(1)), sorted([Mile(1), a, b]), a == Kilometre(1.5), a != Metre(1500))
print(f'{Mile(1).to(Kilometre):.3fu}', format(a, '>10.1f'), f'{b}', str(Pound(2).to(Kilogram)), Metre[5])
print(len({Metre(1000), Kilometre(1), Metre(1000.0)}), {Metre(1): 'x'}[Kilometre(0.001)])
print(sum([Metre(1), Metre(2)], Metre(0)), sum([Metre(1), Kilometre(1)], Metre(0)))
for expr in [lambda: a + Kilogram(1), lambda: a + 1, lambda: Metre('x'), lambda: Kilogram(1).to(Metre), lambda: a < 3, lambda: 2 / a,
             lambda: sum([Metre(1)])]:
    try:
        print(expr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(Metre(1) == 1, Metre(1) == Kilogram(1), operator.eq(a, a), operator.add(a, a))


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = '_' + name
        owner.fields = getattr(owner, 'fields', ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}, got {value!r}')
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        raise AttributeError(f"can't delete {self.name[1:]}")


class Shipment:
    weight = Typed(Quantity)
    distance = Typed(Quantity)
    label = Typed(str, 'unlabelled')

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


s = Shipment(weight=Pound(10), distance=Mile(3))
print(s.fields, s.label, s.weight, Shipment.label.kind, vars(s))
for bad in [lambda: setattr(s, 'label', 5), lambda: delattr(s, 'weight')]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, '_log', [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append('set ' + name)
        setattr(self._target, name, value)

    def __dir__(self):
        return sorted(set(dir(self._target)) | {'_log'})


p = Proxy(a)
print(p.value, p.base, p.to(Kilometre), p._log)
p.value = 7
print(a, p._log[-1], 'to' in dir(p))
try:
    p.nothing
except AttributeError as e:
    print('AttributeError:', e)


class Defaults(dict):
    def __missing__(self, key):
        v = self[key] = len(key)
        return v


d = Defaults(a=1)
print(d['abc'], d, d.get('zz'), 'zz' in d)


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], 'abcdef'[Idx():], bin(Idx()), range(10)[Idx()], hex(Idx()))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __contains__(self, x):
        return x == 'magic'

    def __reversed__(self):
        return iter(['r'])


sq = Seq(4)
print(list(sq), 9 in sq, 'magic' in sq, list(reversed(sq)), sorted(sq, reverse=True), bool(Seq(0)), iter(sq).__class__.__name__)
