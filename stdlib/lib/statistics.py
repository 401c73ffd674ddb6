"""statistics for tpy: averages and measures of spread (CPython 3.11's API).

Results match CPython's in value and type for int, float and Fraction data:
every sum is exact (integers over one common denominator), and only the
final value is turned back into the data's type (int data whose exact result
is not whole gives a float); Decimal data gives Decimals rounded in the
current decimal context. The functions of paired data and NormalDist work
in floats and live in _statistics_bivariate and _statistics_normal; the exact core all
of them share is _statistics_totals.
"""

import math
from fractions import Fraction
from collections import Counter
import bisect

from _statistics_totals import (StatisticsError, _too_few, _decimal_class, _is_decimal, _give_back,
                                _Totals, _float_root)
from _statistics_bivariate import LinearRegression, covariance, correlation, linear_regression
from _statistics_normal import NormalDist

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
           'median', 'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
           'NormalDist', 'correlation', 'covariance', 'linear_regression']


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

