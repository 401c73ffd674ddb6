# chained comparisons and single evaluation of middle operands
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 3 > 2)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1)
print(0 <= 0 < 1 <= 1, 5 > 4 >= 4 > 3)
x = 5
print(0 < x < 10, 10 < x < 20, x == 5 < 6)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(3))
print(calls)
calls.clear()
print(f(3) < f(2) < f(1))
print(calls)
calls.clear()
print(f(1) < f(5) > f(2) == f(2))
print(calls)
print(1 < 2 in [2, 3], 1 < 2 not in [2, 3])
print("a" < "b" < "c", [1] < [2] <= [2])
one = 1
print(one is not None is not False, None is None is None)
