# keyword-only parameters after * or *args, with and without defaults
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=30, b=20))
def g(*args, sep=" ", end="!"):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="-"), g(end="?"))
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
for call in (lambda: f(1, 2), lambda: f(1), lambda: h(1, 2), lambda: h(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def k(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(k(1, c=3))
print(k(1, 2, 3, 4, c=5, e=6))
print(f.__kwdefaults__, h.__kwdefaults__)
