# An assignment expression in a comprehension binds in the enclosing function (or module).
data = [1, 5, 12, 7, 30]
print([y for x in data if (y := x * 2) > 10], y)
print(any((hit := w) > 10 for w in data), hit)

def running_totals():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(running_totals())

def last_of_generator():
    g = (last := i for i in range(3))
    return list(g), last
print(last_of_generator())

def nested():
    print([[(j := i * t) for i in range(2)] for t in range(3)], j)
nested()

def closure():
    [(c := n) for n in "abc"]
    return lambda: c
print(closure()())

def declared_global():
    global G
    [(G := v) for v in (1, 2)]
declared_global()
print(G)

class C:
    (z := 5)
    zz = [z for _ in range(2)] if False else None
print(C.z)

def unbound():
    if False:
        [(u := 1) for _ in ()]
    return u
try:
    unbound()
except NameError as exc:
    print(type(exc).__name__, exc)

def f():
    [(y := 1) for _ in ()]
    print(f.__code__.co_varnames, f.__code__.co_cellvars)
f()
