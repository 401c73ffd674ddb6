"""fractions for tpy: exact rational numbers (CPython 3.11's Fraction).

tpy has no `numbers` ABCs, so "Rational" below means int (bool included) or
Fraction, and "Real" adds float. A Decimal converts exactly, as a float does.
"""

import math
import operator
import sys

__all__ = ['Fraction']

# Numeric hashes are taken modulo this Mersenne prime (sys.hash_info.modulus on
# 64-bit CPython); a fraction whose denominator is a multiple of it hashes as inf.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _binary(exact, inexact):
    """The forward and reflected methods of one arithmetic operator: `exact` on two
    rationals, `inexact` (the operator itself) once a float or complex operand has
    made the other one a float or complex too."""
    def forward(a, b):
        if _is_rational(b):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if _is_rational(a):
            return exact(a, b)
        if isinstance(a, float):
            return inexact(a, float(b))
        if isinstance(a, complex):
            return inexact(a, complex(b))
        return NotImplemented

    forward.__name__ = '__' + inexact.__name__ + '__'
    reverse.__name__ = '__r' + inexact.__name__ + '__'
    return forward, reverse


def _decimal_type():
    """decimal.Decimal once something has imported decimal (no Decimal exists before)."""
    module = sys.modules.get('decimal')
    return getattr(module, 'Decimal', None)


def _parse(text):
    """Split a Fraction literal into (numerator, denominator), or None if malformed.

    Accepts what CPython's pattern accepts: optional sign, then either 'a/b' or a
    decimal with optional fraction and exponent, digits separated by single
    underscores, surrounding whitespace.
    """
    s = text.strip()
    if s[:1] in ('+', '-'):
        negative = s[0] == '-'
        s = s[1:]
    else:
        negative = False
    pos = 0
    n = len(s)

    def digits(i):
        # End of a run like 12_345 starting at i (== i when there is none).
        j = i
        while j < n and s[j].isdigit():
            j += 1
        if j == i:
            return i
        while j + 1 < n and s[j] == '_' and s[j + 1].isdigit():
            j += 2
            while j < n and s[j].isdigit():
                j += 1
        return j

    end = digits(pos)
    whole = s[:end]
    pos = end
    if pos < n and s[pos] == '/':
        if not whole:
            return None
        end = digits(pos + 1)
        if end == pos + 1 or end != n:
            return None
        num, den = int(whole), int(s[pos + 1:end])
    else:
        frac = ''
        if pos < n and s[pos] == '.':
            end = digits(pos + 1)
            frac = s[pos + 1:end]
            pos = end
        if not whole and not frac:
            return None
        exp = 0
        if pos < n and s[pos] in 'eE':
            start = pos + 1
            if start < n and s[start] in '+-':
                start += 1
            end = digits(start)
            if end == start:
                return None
            exp = int(s[pos + 1:end])
            pos = end
        if pos != n:
            return None
        num = int(whole or '0')
        den = 1
        if frac:
            frac = frac.replace('_', '')
            scale = 10 ** len(frac)
            num = num * scale + int(frac)
            den = scale
        if exp >= 0:
            num *= 10 ** exp
        else:
            den *= 10 ** -exp
    if negative:
        num = -num
    return num, den


def _ratio_of_one(value):
    """(numerator, denominator, still to reduce) for Fraction(value): another rational, a
    float or Decimal (exact, already in lowest terms), or a string."""
    if _is_rational(value):
        return value.numerator, value.denominator, False
    decimal_type = _decimal_type()
    if isinstance(value, float) or (decimal_type is not None and isinstance(value, decimal_type)):
        return value.as_integer_ratio() + (False,)
    if not isinstance(value, str):
        # Any numbers.Rational (a registered class too), kept as it is (not reduced).
        import numbers
        if isinstance(value, numbers.Rational):
            return value.numerator, value.denominator, False
        raise TypeError('argument should be a string or a Rational instance')
    parsed = _parse(value)
    if parsed is None:
        raise ValueError('Invalid literal for Fraction: %r' % value)
    return parsed + (True,)


def _ratio_of_two(top, bottom):
    """Fraction(top, bottom) for rationals other than plain ints: (top/bottom) unreduced."""
    if not (_is_rational(top) and _is_rational(bottom)):
        raise TypeError('both arguments should be Rational instances')
    return top.numerator * bottom.denominator, bottom.numerator * top.denominator


class Fraction:
    """A rational number numerator/denominator, always kept in lowest terms."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            numerator, denominator, _normalize = _ratio_of_one(numerator)
        elif type(numerator) is not int or type(denominator) is not int:
            numerator, denominator = _ratio_of_two(numerator, denominator)
        if not denominator:
            raise ZeroDivisionError(f'Fraction({numerator}, 0)')
        if _normalize:
            # The gcd takes the denominator's sign, so the result's denominator is positive.
            common = math.gcd(numerator, denominator)
            if denominator < 0:
                common = -common
            numerator //= common
            denominator //= common
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(f)

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, int):
            return cls(int(dec))
        if not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(dec)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        num, den = self._numerator, self._denominator
        if den <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion keeping the last two convergents
        # p0/q0, p1/q1; stop before a denominator would exceed the bound, then pick
        # between the last convergent and the best semiconvergent below it.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = num, den
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        # On a tie the convergent wins, as in CPython.
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    # Arithmetic. Each operator is written once on two rationals (ints work too:
    # they have .numerator and .denominator); _binary wraps it so that a float
    # operand turns the operation into float arithmetic, a complex one into complex
    # arithmetic, and anything else gets NotImplemented so the other operand may try.

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        # Reduce first, so a zero divisor reports Fraction(1, 0) as CPython does.
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(da, db)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return _unreduced(n, d)

    def _floordiv(a, b):
        return a.numerator * b.denominator // (b.numerator * a.denominator)

    def _divmod(a, b):
        q, r = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return q, Fraction(r, a.denominator * b.denominator)

    def _mod(a, b):
        return Fraction((a.numerator * b.denominator) % (b.numerator * a.denominator),
                        a.denominator * b.denominator)

    __add__, __radd__ = _binary(_add, operator.add)
    __sub__, __rsub__ = _binary(_sub, operator.sub)
    __mul__, __rmul__ = _binary(_mul, operator.mul)
    __truediv__, __rtruediv__ = _binary(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _binary(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _binary(_divmod, divmod)
    __mod__, __rmod__ = _binary(_mod, operator.mod)

    def __pow__(a, b):
        # An integral exponent keeps the result exact; any other one means a
        # root, which is irrational in general, so the result is a float.
        if _is_rational(b):
            if b.denominator != 1:
                return float(a) ** float(b)
            p = b.numerator
            if p >= 0:
                return Fraction(a._numerator ** p, a._denominator ** p, _normalize=False)
            # Invert, keeping the sign on the numerator.
            if a._numerator >= 0:
                return Fraction(a._denominator ** -p, a._numerator ** -p, _normalize=False)
            return Fraction((-a._denominator) ** -p, (-a._numerator) ** -p, _normalize=False)
        return float(a) ** b

    def __rpow__(self, base):
        num, den = self._numerator, self._denominator
        if den == 1 and num >= 0:
            # int ** non-negative integral Fraction stays an int.
            return base ** num
        if _is_rational(base):
            return Fraction(base.numerator, base.denominator) ** self
        return base ** (num if den == 1 else float(self))

    # The results of these are in lowest terms already: no gcd needed.
    def __pos__(self):
        return _unreduced(self._numerator, self._denominator)

    def __neg__(self):
        return _unreduced(-self._numerator, self._denominator)

    def __abs__(self):
        return _unreduced(abs(self._numerator), self._denominator)

    def __trunc__(self):
        whole = abs(self._numerator) // self._denominator
        return whole if self._numerator >= 0 else -whole

    __int__ = __trunc__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __float__(a):
        # int / int is correctly rounded, even for huge operands.
        return a._numerator / a._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            # Exactly halfway: round to even.
            return q if q % 2 == 0 else q + 1
        scale = 10 ** abs(ndigits)
        if ndigits < 0:
            # Whole multiples of the scale: an int-valued Fraction.
            return Fraction(round(self / scale) * scale)
        return Fraction(round(self * scale), scale)

    def __hash__(self):
        # Same value, same hash as int and float: n/d hashes as n * d^-1 modulo
        # the hash prime (inf when d has no inverse there).
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, float):
            if not math.isfinite(b):
                # Every finite fraction compares like 0.0 against these.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b):
        """Two values whose comparison decides a <op> b, or None when b is foreign."""
        if _is_rational(b):
            return a._numerator * b.denominator, a._denominator * b.numerator
        if isinstance(b, float):
            if not math.isfinite(b):
                return 0.0, b
            return a._compare(a.from_float(b))
        return None

    def __lt__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __gt__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __le__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __ge__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __bool__(a):
        return bool(a._numerator)

    # Fractions are immutable: copying one of exactly this class gives it back; a subclass
    # instance is rebuilt through its class.
    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _unreduced(numerator, denominator):
    """A Fraction of a numerator and a positive denominator known to be in lowest terms."""
    return Fraction(numerator, denominator, _normalize=False)
