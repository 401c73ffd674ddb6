# generator expressions are lazy, single-pass iterators
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
log = []
def src():
    for i in range(3):
        log.append("yield " + str(i))
        yield i
lazy = (i * 10 for i in src())
print(log)
print(next(lazy), log)
print(list(lazy), log)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(list(x for x in range(10) if x % 3 == 0))
print(",".join(str(n) for n in (1, 2, 3)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
try:
    (1 / x for x in [1, 0])
    print("no error yet")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
