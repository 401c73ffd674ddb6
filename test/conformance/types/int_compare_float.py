# int/float comparisons are exact, even beyond 2**53
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == big)
print(big + 1 > float(big), big + 1 > 2.0 ** 53)
print(10 ** 30 == 1e30, int(1e30), 10 ** 30 < 1e30)
print(1 == 1.0, 2 ** 1024 > 1e308, 2 ** 1024 < float("inf"))
print(-(2 ** 1024) > float("-inf"), 3 < 3.0000000000000004)
print(0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print(hash(2 ** 53) == hash(float(2 ** 53)), hash(1) == hash(1.0))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([2.0, 1, 2, 1.0]))
print(9007199254740993 == 9007199254740992.0)
print(int(9007199254740993.0))
