# *args collects extra positional arguments into a tuple
def f(*args):
    return args
print(f(), f(1), f(1, "two", [3]))
print(type(f()).__name__)
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(1, 2, 3), total(1, 2, start=10), total())
def maximum(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best
print(maximum(3), maximum(3, 9, 2), maximum("b", "a", "c"))
def fmt(sep, *parts):
    return sep.join(str(p) for p in parts)
print(fmt("-", 1, 2, 3), fmt("+"))
def passthrough(*args):
    return f(*args)
print(passthrough(4, 5))
