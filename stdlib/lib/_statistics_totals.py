"""statistics' exact core, shared with its helper modules: StatisticsError, exact totals of
mixed numeric data (_Totals), the result type, and the correctly rounded float square root.

It imports nothing from `statistics`, so statistics and its helpers (_statistics_bivariate,
_statistics_normal) load the same way when statistics.py runs under another name (runpy).
"""

import math
import sys
from fractions import Fraction

class StatisticsError(ValueError):
    __module__ = 'statistics'


def _too_few(function, least):
    """The error for a function given fewer than `least` (1 or 2) data points."""
    word = 'one' if least == 1 else 'two'
    plural = '' if least == 1 else 's'
    return StatisticsError('%s requires at least %s data point%s' % (function, word, plural))


# ---- which type a result is given back as ----

def _decimal_class():
    """decimal.Decimal if something imported decimal; before that no value can be one."""
    module = sys.modules.get('decimal')
    return None if module is None else getattr(module, 'Decimal', None)


def _is_decimal(kind):
    decimal_class = _decimal_class()
    return decimal_class is not None and issubclass(kind, decimal_class)


def _widen(kind, other):
    """The result type once values of type `other` join data of result type `kind`.

    Plain ints and bools never change it; otherwise the more derived type wins,
    integers give way to anything, and Fraction with float is inexact (float).
    """
    if other is kind or other is int or other is bool:
        return kind
    if kind is int or issubclass(other, kind):
        return other
    if issubclass(kind, other):
        return kind
    if issubclass(kind, int):
        return other
    if issubclass(other, int):
        return kind
    for exact, inexact in ((kind, other), (other, kind)):
        if issubclass(exact, Fraction) and issubclass(inexact, float):
            return inexact
    raise TypeError("don't know how to coerce %s and %s" % (kind.__name__, other.__name__))


def _give_back(value, kind):
    """An exact Fraction result as the data's type (int only when it is whole)."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    if isinstance(value, Fraction) and _is_decimal(kind):
        # Decimal has no Fraction constructor: one division, rounded by the context.
        top, bottom = value.numerator, value.denominator
        return kind(top) / kind(bottom)
    return kind(value)


# ---- exact totals ----

def _integer_ratio(x):
    """x as exact (numerator, denominator); (x, None) when x is an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


class _Totals:
    """One pass over numeric data, kept exact.

    Every value is n/d; numerators are added per denominator (integer work in
    the loop) and brought over the common denominator `scale` at the end, so
    sum = total / scale and sum of squares = squares / scale**2. Infinities and
    NaNs have no ratio: their plain sum is kept in `nonfinite` and makes every
    finite total irrelevant.
    """
    __slots__ = ('kind', 'count', 'total', 'squares', 'scale', 'nonfinite')

    def __init__(self, data, with_squares=False):
        seen = []
        last_type = None
        by_den = {}
        squares_by_den = {}
        nonfinite = None
        count = 0
        for x in data:
            count += 1
            t = type(x)
            if t is not last_type:
                last_type = t
                if t not in seen:
                    seen.append(t)
            if t is int:
                num, den = x, 1
            else:
                num, den = _integer_ratio(x)
                if den is None:
                    nonfinite = num if nonfinite is None else nonfinite + num
                    continue
            by_den[den] = by_den.get(den, 0) + num
            if with_squares:
                squares_by_den[den] = squares_by_den.get(den, 0) + num * num
        kind = int
        for t in seen:
            kind = _widen(kind, t)
        scale = math.lcm(*by_den) if by_den else 1
        self.kind = kind
        self.count = count
        self.nonfinite = nonfinite
        self.scale = scale
        self.total = sum(num * (scale // den) for den, num in by_den.items())
        self.squares = sum(num * (scale // den) ** 2 for den, num in squares_by_den.items())

    def sum(self):
        if self.nonfinite is not None:
            return self.nonfinite
        return Fraction(self.total, self.scale)

    def mean(self):
        if self.nonfinite is not None:
            return self.nonfinite / self.count
        return Fraction(self.total, self.scale * self.count)

    def squared_deviations(self):
        """Sum of (x - mean)**2, exactly: (n*sum(x*x) - sum(x)**2) / n."""
        if self.nonfinite is not None:
            return self.nonfinite
        n = self.count
        return Fraction(n * self.squares - self.total * self.total, n * self.scale * self.scale)


# ---- square roots, correctly rounded ----

def _float_root(num, den):
    """sqrt(num/den) as the nearest float.

    The integer root is taken with ~55 significant bits; an inexact root gets
    its last bit forced to 1 so that the int / int division (itself correctly
    rounded, subnormals included) can never see a false tie.
    """
    half = (num.bit_length() - den.bit_length() - 110) // 2
    if half >= 0:
        top, bottom = num, den << (2 * half)
    else:
        top, bottom = num << (-2 * half), den
    root = math.isqrt(top // bottom)
    if root * root * bottom != top:
        root |= 1
    if half >= 0:
        return (root << half) / 1
    return root / (1 << -half)


def _float_mean_stdev(data):
    """(mean, stdev) as floats, each rounded once from its exact value (NormalDist.from_samples)."""
    totals = _Totals(data, with_squares=True)
    if totals.count < 2:
        raise _too_few('stdev', 2)
    if totals.nonfinite is not None:
        return float(totals.mean()), float(totals.mean()) / float(totals.nonfinite)
    square = totals.squared_deviations() / (totals.count - 1)
    return float(totals.mean()), _float_root(square.numerator, square.denominator)
