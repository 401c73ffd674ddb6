# iter() and next(), including the default argument and the callable-sentinel form
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d))
print(iter(it) is it)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
r = iter(range(3))
print(next(r), list(r), next(r, "exhausted"))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
