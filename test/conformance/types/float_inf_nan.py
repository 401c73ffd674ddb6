# infinity and NaN: creation, arithmetic, comparison and repr
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("NAN"))
print(inf + 1, inf * -1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == float("inf"))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
x = nan
print(x != x, [nan] == [nan], nan in [nan], x is nan)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10)
print(repr(inf), str(nan), [inf, nan])
print(int(1e308) > 0, type(inf).__name__)
for bad in (inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
print(inf % 2 != inf % 2, 5 % inf, -5 % inf)
