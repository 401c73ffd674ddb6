# sum() with integers, floats, start values, and what it refuses
print(sum([1, 2, 3]), sum([]), sum((), 10), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}))
print(sum([10 ** 20, 1]), sum([1, -1, 0.5]), sum([], 0.0))
print(sum(range(5), start=100))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
