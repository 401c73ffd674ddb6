# math.inf, math.nan and isnan/isinf/isfinite
import math
print(math.inf, -math.inf, math.nan, type(math.inf).__name__)
print(math.inf == float("inf"), math.inf > 10 ** 308, -math.inf < -10 ** 308)
print(math.isnan(math.nan), math.isnan(1.0), math.isnan(math.inf))
print(math.isinf(math.inf), math.isinf(-math.inf), math.isinf(math.nan), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(0))
print(math.nan == math.nan, math.nan != math.nan, math.isnan(math.inf - math.inf))
print(math.inf + 1 == math.inf, math.isnan(math.inf * 0), -math.inf + math.inf)
print(math.floor(-0.5), math.copysign(1, -math.inf), math.fabs(-math.inf))
print(math.isnan(float("nan")), math.isinf(10 ** 400 * 1.0 if False else math.inf))
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print("ValueError:", e)
