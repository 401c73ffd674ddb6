# A Money value type implementing numeric and conversion protocols: __format__, __index__, __round__, __bool__, numbers ABCs
from decimal import Decimal, ROUND_HALF_EVEN
from fractions import Fraction
import math
import numbers
import operator
from functools import total_ordering

@total_ordering
class Money:
    __slots__ = ("cents", "currency")
    def __init__(self, amount=0, currency="USD"):
        if isinstance(amount, Money):
            amount = Decimal(amount.cents) / 100
        d = Decimal(str(amount)) if isinstance(amount, float) else Decimal(amount)
        object.__setattr__(self, "cents", int((d * 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)))
        object.__setattr__(self, "currency", currency)
    def __setattr__(self, k, v):
        raise AttributeError(f"Money is immutable (tried to set {k!r})")
    @property
    def amount(self):
        return Decimal(self.cents) / 100
    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"
    def __str__(self):
        return f"{self.currency} {self.amount:,.2f}"
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cents:{spec[:-1]}d}"
        if not spec:
            return str(self)
        return format(self.amount, spec) + " " + self.currency
    def _check(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
            return other.cents
        return NotImplemented
    def __add__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            if other == 0:
                return self
            return NotImplemented
        return Money(Decimal(self.cents + c) / 100, self.currency)
    __radd__ = __add__
    def __sub__(self, other):
        c = self._check(other)
        return NotImplemented if c is NotImplemented else Money(Decimal(self.cents - c) / 100, self.currency)
    def __mul__(self, k):
        if isinstance(k, (int, Decimal, Fraction)) and not isinstance(k, bool):
            return Money(Decimal(self.cents) * Decimal(k.numerator) / Decimal(k.denominator) / 100 if isinstance(k, Fraction) else Decimal(self.cents) * k / 100, self.currency)
        if isinstance(k, float):
            return Money(self.cents * k / 100, self.currency)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, other):
        if isinstance(other, Money):
            return Fraction(self.cents, self._check(other))
        if isinstance(other, int):
            return self.allocate([1] * other)
        return NotImplemented
    def __floordiv__(self, other):
        return self.cents // self._check(other)
    def __mod__(self, other):
        return Money(Decimal(self.cents % self._check(other)) / 100, self.currency)
    def __divmod__(self, other):
        return self // other, self % other
    def __neg__(self):
        return Money(-self.amount, self.currency)
    def __abs__(self):
        return Money(abs(self.amount), self.currency)
    def __bool__(self):
        return self.cents != 0
    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return NotImplemented
    def __lt__(self, other):
        return self.cents < self._check(other)
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __round__(self, n=None):
        if n is None:
            return int(round(self.amount))
        return Money(round(self.amount, n), self.currency)
    def __int__(self):
        return int(self.amount)
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
    def __trunc__(self):
        return math.trunc(self.amount)
    def __floor__(self):
        return math.floor(self.amount)
    def __ceil__(self):
        return math.ceil(self.amount)
    def allocate(self, ratios):
        total = sum(ratios)
        shares = [self.cents * r // total for r in ratios]
        for i in range(self.cents - sum(shares)):
            shares[i] += 1
        return [Money(Decimal(s) / 100, self.currency) for s in shares]

a = Money("19.99"); b = Money(5); c = Money(0.125); e = Money("1.005", "EUR")
print(a, b, c, e, repr(a), repr(c))
print(a + b, a - b, b - a, a * 3, 3 * a, a * Decimal("1.5"), a * 0.5, a * Fraction(1, 3), -a, abs(-a), +1 * a)
print(sum([a, b, c]), sum([], Money()), a / b, a // b, a % b, divmod(a, b))
print(Money(100) / 3, Money("0.05") / 2)
print(f"{a}|{a:>12.1f}|{a:08c}|{b:.3f}|{Money(1234567.5):,.2f}", format(a, ""), "{:c}".format(b))
print(round(a), round(a, 1), int(a), float(a), math.trunc(-a), math.floor(-a), math.ceil(a), operator.index(a), bin(b), hex(Money(2.55)), [10, 20, 30][Money("0.01")])
print(sorted([a, b, c, Money(-1)]), max(a, b), a > b, a >= a, b <= c, a != b, a == Money("19.990"), a == 19.99, bool(Money()), bool(c))
print(len({a, Money("19.99"), b}), isinstance(a, numbers.Number), isinstance(Decimal(1), numbers.Real), isinstance(Fraction(1), numbers.Rational), isinstance(1.5, numbers.Integral), isinstance(True, numbers.Integral))
for bad in (lambda: a + e, lambda: a + 1, lambda: a * a, lambda: a * True, lambda: "x" + a, lambda: a < 3, lambda: setattr(a, "cents", 0), lambda: a / "x", lambda: divmod(a, 2)):
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as err:
        print(type(err).__name__ + ":", err)

class Meters:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __complex__(self): return complex(self.v, 0)
    def __bytes__(self): return f"{self.v}m".encode()
    def __len__(self): return 3
    def __length_hint__(self): return 99
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * self.v
    def __contains__(self, x): return x == "magic"
    def __reversed__(self): return iter("cba")
m = Meters(7)
print(list(m), "magic" in m, 14 in list(m), list(reversed(m)), complex(m), bytes(m), "abcdefghij"[m:], range(20)[m], oct(m), len(m), operator.length_hint(iter([1, 2])))
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return "xyz"[i]
print(list(Seq()), "y" in Seq(), sorted(Seq(), reverse=True), dict(enumerate(Seq())), tuple(iter(Seq())))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as err:
    print("TypeError:", err)
class Weird:
    def __eq__(self, o): return "yes"
    def __ne__(self, o): return ""
print(Weird() == 1, Weird() != 1, [Weird()] == [1], Weird() in [1], 1 == Weird())
class Both:
    def __eq__(self, o): return NotImplemented
x = Both()
print(x == x, x == Both(), x != Both(), x in [x])
