# map/filter callbacks raise lazily, when the iterator is consumed
calls = []
def half(x):
    calls.append(x)
    if x % 2:
        raise ValueError("odd: %d" % x)
    return x // 2
m = map(half, [2, 4, 5, 6])
print("map created, calls:", calls)
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("map raised:", e)
print("calls:", calls)
print("map continues:", list(m))
f = filter(lambda s: s.startswith("a"), ["ab", "ac", 3, "ad"])
try:
    print(list(f))
except AttributeError as e:
    print("filter raised:", e)
try:
    list(map(int, ["1", "2", "three"]))
except ValueError as e:
    print("map(int):", e)
try:
    list(map(lambda a, b: a / b, [1, 2], [1, 0]))
except ZeroDivisionError as e:
    print("two iterables:", e)
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    map(abs, 5)
except TypeError as e:
    print("TypeError:", e)
