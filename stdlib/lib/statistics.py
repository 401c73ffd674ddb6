"""statistics for tpy: averages and measures of spread (CPython 3.11's API).

Results match CPython's in value and type for int, float and Fraction data:
sums are taken exactly as fractions, then converted back to the data's type
(int data whose exact result is not whole gives a float); Decimal data gives
Decimals rounded in the current decimal context. Not provided: covariance,
correlation, linear_regression, NormalDist.
"""

import math
import sys
from fractions import Fraction
from collections import Counter
from bisect import bisect_left, bisect_right

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
           'median', 'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic helpers ----

def _exact_ratio(x):
    """x as (numerator, denominator), or (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # Only non-finite floats have no ratio; they are summed as floats.
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _coerce(T, S):
    """The type a result over values of types T and S is converted back to."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # A float anywhere makes the answer inexact.
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _ratios(data, types):
    """The exact (numerator, denominator) of each value of data, noting each new type in types."""
    for x in data:
        t = type(x)
        if t not in types:
            types.append(t)
        yield _exact_ratio(x)


def _sum(data):
    """(type, exact sum, count) of data.

    Values are accumulated per denominator so that most of the work is integer
    addition; the result is a Fraction, or a float when the data held an
    infinity or NaN (then the finite values do not matter).
    """
    types = []
    by_den = {}
    count = 0
    for n, d in _ratios(data, types):
        count += 1
        by_den[d] = by_den.get(d, 0) + n
    if None in by_den:
        total = by_den[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_den.items())
    return (_result_type(types), total, count)


def _ss(data, c=None):
    """(type, sum of squared deviations, mean used, count), all exact.

    Without c this is one pass over data (which may be an iterator), using
    n*sum(x^2) - sum(x)^2 on exact fractions, so nothing cancels badly.
    """
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return (T, total, c, count)
    types = []
    sx = {}
    sxx = {}
    count = 0
    for n, d in _ratios(data, types):
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        squares = sum(Fraction(n, d * d) for d, n in sxx.items())
        ssd = (count * squares - total * total) / count
        c = total / count
    return (_result_type(types), ssd, c, count)


def _decimal_type():
    """decimal.Decimal once something has imported decimal (no Decimal exists before)."""
    module = sys.modules.get('decimal')
    return getattr(module, 'Decimal', None)


def _is_decimal(T):
    decimal_type = _decimal_type()
    return decimal_type is not None and issubclass(T, decimal_type)


def _convert(value, T):
    """Turn an exact result back into the data's type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if _is_decimal(T) and isinstance(value, Fraction):
        # Decimal takes no Fraction: divide, rounding in the current context.
        return T(value.numerator) / T(value.denominator)
    return T(value)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) as a Decimal correctly rounded (half-even) to the current precision."""
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    # The two-step root may be one unit off: compare n/m with the squares of
    # the midpoints to each neighbour, exactly.
    rn, rd = root.as_integer_ratio()
    for neighbour, above in ((root.next_plus(), True), (root.next_minus(), False)):
        nn, nd = neighbour.as_integer_ratio()
        # midpoint = (rn*nd + nn*rd) / (2*rd*nd); n/m vs midpoint**2
        lhs = 4 * n * (rd * nd) ** 2
        rhs = m * (rn * nd + nn * rd) ** 2
        if (lhs > rhs) if above else (lhs < rhs):
            return neighbour
    return root


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _sqrt_frac(n, m):
    """sqrt(n/m) as a correctly rounded float.

    Take the integer square root with about twice a double's precision plus a
    few guard bits, rounded to odd (so the last bit remembers an inexact root),
    then let the correctly rounded int / int division do the final rounding.
    """
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        n_, m_, shift, den = n, m << (2 * q), q, 1
    else:
        n_, m_, shift, den = n << (-2 * q), m, 0, 1 << -q
    root = math.isqrt(n_ // m_)
    if root * root * m_ != n_:
        root |= 1
    return (root << shift) / den


# ---- averages ----

def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        # Count an iterator's items as fsum consumes them.
        n = 0
        items = data

        def counted():
            nonlocal n
            for x in items:
                n += 1
                yield x
        data = counted()
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        decimal_type = _decimal_type()
        if isinstance(x, (int, float, Fraction)) or (
                decimal_type is not None and isinstance(x, decimal_type)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sum(_fail_neg(weights, errmsg))[1]
    try:
        checked = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        # A zero value (with non-zero weight) makes the harmonic mean zero.
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[(n - 1) // 2]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of data binned in classes of width interval centred on each value."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    # The run of values equal to x is the median class.
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


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
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        # Positions run from the minimum (0) to the maximum (ld - 1).
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        # Positions i*(ld+1)/n counted from 1, clamped to the data's range.
        m = ld + 1
        result = []
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# ---- spread ----

def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if _is_decimal(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if _is_decimal(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _sqrt_frac(mss.numerator, mss.denominator)
