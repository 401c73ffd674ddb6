"""statistics' functions of paired data: covariance, correlation, linear_regression.

Floats throughout, as CPython's: both means are fsum(...)/n and every sum of
products is an fsum, so results agree to the last bit.
"""

from collections import namedtuple
from math import fsum, sqrt
from _statistics_totals import StatisticsError

LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'), module='statistics')


def _paired_size(x, y, what):
    """len(x), once x and y are known to pair up into at least two points."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _deviations(values, n):
    centre = fsum(values) / n
    return [v - centre for v in values]


def covariance(x, y, /):
    n = _paired_size(x, y, 'covariance')
    dx = _deviations(x, n)
    dy = _deviations(y, n)
    return fsum(a * b for a, b in zip(dx, dy)) / (n - 1)


def correlation(x, y, /):
    n = _paired_size(x, y, 'correlation')
    dx = _deviations(x, n)
    dy = _deviations(y, n)
    sxy = fsum(a * b for a, b in zip(dx, dy))
    sxx = fsum(a * a for a in dx)
    syy = fsum(b * b for b in dy)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    n = _paired_size(x, y, 'linear regression')
    if proportional:
        # The line through the origin: y = slope * x.
        ybar = xbar = 0.0
        dx, dy = x, y
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        dx = [v - xbar for v in x]
        dy = [v - ybar for v in y]
    sxy = fsum(a * b for a, b in zip(dx, dy)) + 0.0
    sxx = fsum(a * a for a in dx)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
