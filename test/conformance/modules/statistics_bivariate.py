# statistics.covariance, correlation and linear_regression: float results to the last bit, and their errors
import statistics as st
import random
from fractions import Fraction

print(st.covariance([1, 2, 3], [1, 2, 4]), st.correlation([1, 2, 3], [2, 4, 7]), st.correlation([1, 2, 3], [3, 2, 1]))
print(st.linear_regression([1, 2, 3], [2, 4, 6]), st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(st.covariance([Fraction(1, 3), 1, 2], [1, 2, 3]), st.correlation([1.5, 2, 3], [1, 2, 9]))
rng = random.Random(7)
for trial in range(12):
    n = rng.randint(2, 30)
    x = [rng.uniform(-100, 100) if trial % 3 else rng.randint(-50, 50) for _ in range(n)]
    y = [2.5 * v + rng.uniform(-10, 10) for v in x]
    fit = st.linear_regression(x, y)
    print(st.covariance(x, y), st.correlation(x, y), fit.slope, fit.intercept, st.linear_regression(x, y, proportional=True))
print(st.LinearRegression, st.LinearRegression._fields, st.LinearRegression(1, 2))
for f in (st.covariance, st.correlation, st.linear_regression):
    for args in (([1], [2]), ([1, 2], [1]), ([1, 1], [2, 3]), ([2, 3], [1, 1]), ([], []), (iter([1, 2]), [1, 2]), ([1, 2], [1, "a"])):
        try:
            print(f.__name__, f(*args))
        except (st.StatisticsError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    st.linear_regression([0, 0], [1, 2], proportional=True)
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.linear_regression([1, 2], [1, 2], True)
except TypeError as e:
    print(type(e).__name__, e)
