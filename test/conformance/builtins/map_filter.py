# map() and filter() are lazy; map with several iterables; filter(None, ...)
print(list(map(str.upper, ["a", "b"])), list(map(int, "123")))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda x: x > 2, range(6))), list(filter(str.isdigit, "a1b2")))
log = []
def noisy(x):
    log.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(log, type(m).__name__)
print(next(m), log)
print(list(m), log)
f = filter(lambda x: x % 2, range(10))
print(next(f), next(f), list(f), type(f).__name__)
print(sum(map(len, ["ab", "cde"])), max(map(abs, [-7, 3])))
print(list(map(lambda *a: a, "ab", "cd", "ef")))
