# Keyword arguments of a plain function's call go straight into their parameters' slots;
# every binding, and every binding error, must be CPython's.


def f(a, b=2, c=3, d=[]):
    d.append(a)
    return a, b, c, len(d)


for i in range(2):
    print(f(i, c=30), f(a=i), f(i, d=[], b=20), f(c=1, a=2, b=3), f(1, 2, d=[9]))


def g(a, b, /, c, d=4):
    return a, b, c, d


print(g(1, 2, c=3), g(1, 2, 3, d=5), g(1, 2, d=6, c=7))

for call in (lambda: f(1, a=2), lambda: f(b=2), lambda: f(1, e=5), lambda: g(1, b=2, c=3),
             lambda: g(1, 2, d=1), lambda: f(1, 2, 3, 4, c=5)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


def kwonly(a, *, k):
    return a, k


def varkw(a, **kw):
    return a, kw


def varpos(a, *rest, b=0):
    return a, rest, b


print(kwonly(1, k=2), varkw(1, x=2, y=3), varpos(1, 2, b=3))


def cell(x, y=0):
    def inner():
        return x * 10 + y
    return inner()


print(cell(1, y=2), cell(y=3, x=4))


def gen(start, stop=3, step=1):
    yield from range(start, stop, step)


print(list(gen(0, step=2)), list(gen(stop=5, start=2)))


def recurse(n, acc=0):
    return acc if n == 0 else recurse(n - 1, acc=acc + n)


print(recurse(50), recurse(n=5))


class C:
    def m(self, x, y=1):
        return x + y


print(C().m(1, y=5), C.m(C(), x=2))
f.__defaults__ = (7, 8, [])
print(f(1, c=0))
