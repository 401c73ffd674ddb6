"""statistics for tpy: averages and measures of spread (CPython 3.11's API).

Results match CPython's in value and type for int, float and Fraction data:
every sum is exact (integers over one common denominator), and only the
final value is turned back into the data's type (int data whose exact result
is not whole gives a float); Decimal data gives Decimals rounded in the
current decimal context. The functions of paired data and NormalDist work
in floats and live in _statistics_bivariate and _statistics_normal.
"""

import math
import sys
from fractions import Fraction
from collections import Counter
import bisect

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
           'median', 'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
           'NormalDist', 'correlation', 'covariance', 'linear_regression']


class StatisticsError(ValueError):
    pass


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


def _squares_from(data, centre):
    for x in data:
        d = x - centre
        yield d * d


def _mean_square(data, centre, function, ddof):
    """(kind, sum of squared deviations / (n - ddof)) for the variance family."""
    if centre is None:
        totals = _Totals(data, with_squares=True)
        if totals.count - ddof < 1:
            raise _too_few(function, ddof + 1)
        spread = totals.squared_deviations()
    else:
        # The centre's type takes part in the result type, as (x - centre)**2 does.
        totals = _Totals(_squares_from(data, centre))
        if totals.count - ddof < 1:
            raise _too_few(function, ddof + 1)
        spread = totals.sum()
    return totals.kind, spread / (totals.count - ddof)


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


def _decimal_root(num, den):
    """sqrt(num/den) as a Decimal rounded to the current context.

    Decimal's own sqrt of the (already rounded) quotient can land one unit
    away; the neighbours are checked against the exact value.
    """
    from decimal import Decimal
    if not num:
        return Decimal('0.0')
    exact = Fraction(num, den)
    guess = (Decimal(num) / Decimal(den)).sqrt()
    here = Fraction(guess)
    above = guess.next_plus()
    if exact > ((here + Fraction(above)) / 2) ** 2:
        return above
    below = guess.next_minus()
    if exact < ((here + Fraction(below)) / 2) ** 2:
        return below
    return guess


def _root(kind, square):
    # A NaN or infinite variance has no .numerator: CPython 3.11 lets that
    # AttributeError out of stdev/pstdev too.
    num, den = square.numerator, square.denominator
    if _is_decimal(kind):
        return _decimal_root(num, den)
    return _float_root(num, den)


# ---- averages ----

def mean(data):
    totals = _Totals(data)
    if not totals.count:
        raise _too_few('mean', 1)
    return _give_back(totals.mean(), totals.kind)


def _counting(items, counter):
    """Yield items, keeping counter[0] equal to how many were taken (fmean's iterators)."""
    for x in items:
        counter[0] += 1
        yield x


def fmean(data, weights=None):
    counter = None
    try:
        n = len(data)
    except TypeError:
        counter = [0]
        data = _counting(data, counter)
    if weights is None:
        total = math.fsum(data)
        if counter is not None:
            n = counter[0]
        if not n:
            raise _too_few('fmean', 1)
        return total / n
    try:
        n_weights = len(weights)
    except TypeError:
        weights = list(weights)
        n_weights = len(weights)
    weighted = math.fsum(x * w for x, w in zip(data, weights))
    if counter is not None:
        n = counter[0]
    if n != n_weights:
        raise StatisticsError('data and weights must be the same length')
    weight = math.fsum(weights)
    if not weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


_HARMONIC_NEGATIVE = 'harmonic mean does not support negative values'


def _non_negative(values):
    # Lazy, so a zero met first still wins over a later negative value.
    for x in values:
        if x < 0:
            raise StatisticsError(_HARMONIC_NEGATIVE)
        yield x


def _single_harmonic(x):
    """A lone unweighted value is its own harmonic mean (if it is a real number)."""
    real = (int, float, Fraction)
    decimal_class = _decimal_class()
    if decimal_class is not None:
        real += (decimal_class,)
    if not isinstance(x, real):
        raise TypeError('unsupported type')
    if x < 0:
        raise StatisticsError(_HARMONIC_NEGATIVE)
    return x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if not n:
        raise _too_few('harmonic_mean', 1)
    if weights is None:
        if n == 1:
            return _single_harmonic(data[0])
        weights = [1] * n
        weight = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight = _Totals(_non_negative(weights)).sum()
    try:
        inverses = _Totals(w / x if w else 0
                           for w, x in zip(weights, _non_negative(data)))
    except ZeroDivisionError:
        # A zero value carrying weight makes the harmonic mean zero.
        return 0
    denominator = inverses.sum()
    if denominator <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _give_back(weight / denominator, inverses.kind)


def _sorted_nonempty(data):
    values = sorted(data)
    if not values:
        raise StatisticsError('no median for empty data')
    return values


def median(data):
    values = _sorted_nonempty(data)
    half, odd = divmod(len(values), 2)
    if odd:
        return values[half]
    return (values[half - 1] + values[half]) / 2


def median_low(data):
    values = _sorted_nonempty(data)
    return values[(len(values) - 1) // 2]


def median_high(data):
    values = _sorted_nonempty(data)
    return values[len(values) // 2]


def median_grouped(data, interval=1.0):
    """Median of data binned in classes of width interval centred on each value."""
    values = _sorted_nonempty(data)
    n = len(values)
    middle = values[n // 2]
    # The median class is the run of values equal to the middle one.
    below = bisect.bisect_left(values, middle)
    run = bisect.bisect_right(values, middle, below) - below
    try:
        width = float(interval)
        centre = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return (centre - width / 2.0) + width * (n / 2 - below) / run


def mode(data):
    # iter(): a mapping's keys are data, not ready-made counts.
    counts = Counter(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    # max keeps the first of equal counts, i.e. the value met first.
    return max(counts, key=counts.__getitem__)


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing data into n groups of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    values = sorted(data)
    size = len(values)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    # Cut point i sits at position i*span/n, counted from `first` (0 for
    # 'inclusive': min..max; 1 for 'exclusive', clamped to the data's range,
    # so the ends extrapolate from the outer pair).
    if method == 'exclusive':
        first = 1
    elif method == 'inclusive':
        first = 0
    else:
        raise ValueError('Unknown method: %r' % (method,))
    span = size - 1 + 2 * first
    last = size - 1
    cuts = []
    for i in range(1, n):
        position = i * span
        j = min(max(position // n, first), last)
        delta = position - j * n
        k = j - first
        cuts.append((values[k] * (n - delta) + values[k + 1] * delta) / n)
    return cuts


# ---- spread ----

def variance(data, xbar=None):
    kind, square = _mean_square(data, xbar, 'variance', 1)
    return _give_back(square, kind)


def pvariance(data, mu=None):
    kind, square = _mean_square(data, mu, 'pvariance', 0)
    return _give_back(square, kind)


def stdev(data, xbar=None):
    return _root(*_mean_square(data, xbar, 'stdev', 1))


def pstdev(data, mu=None):
    return _root(*_mean_square(data, mu, 'pstdev', 0))


def _float_mean_stdev(data):
    """(mean, stdev) as floats, each rounded once from its exact value (NormalDist.from_samples)."""
    totals = _Totals(data, with_squares=True)
    if totals.count < 2:
        raise _too_few('stdev', 2)
    if totals.nonfinite is not None:
        return float(totals.mean()), float(totals.mean()) / float(totals.nonfinite)
    square = totals.squared_deviations() / (totals.count - 1)
    return float(totals.mean()), _float_root(square.numerator, square.denominator)


# Last: these modules import the names above from this partly initialised module.
from _statistics_bivariate import LinearRegression, covariance, correlation, linear_regression
from _statistics_normal import NormalDist
