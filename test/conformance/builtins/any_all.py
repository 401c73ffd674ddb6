# any() and all() short-circuit and accept any iterable
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any([0, 1]), all([1, 0]), any("abc"), all(""), any({}), all({0: "a"}))
log = []
def check(v):
    log.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5, 7]), log)
log.clear()
print(all(check(v) for v in [3, 4, 1, 5]), log)
log.clear()
print(all(check(v) for v in [3, 4, 5]), log)
print(any(x % 7 == 0 for x in range(1, 7)), all(x < 10 for x in range(10)))
print(any([[]]), any([[0]]), all([()]))
it = iter([0, 0, 1, 2, 3])
print(any(it), list(it))
