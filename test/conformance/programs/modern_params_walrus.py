# keyword-only and positional-only parameters, their error messages, star-unpacking, walrus
import functools


def f(a, b, /, c, d=4, *, e, f=6, **kw):
    return (a, b, c, d, e, f, kw)


def g(x, /):
    return x


def h(*, key):
    return key


def v(*args, sep=", "):
    return sep.join(map(str, args))


class K:
    def m(self, a, /, *, b):
        return a + b

    @classmethod
    def c(cls, x, *xs):
        return (cls.__name__, x, xs)

    @staticmethod
    def s(p, q=2):
        return p * q


calls = [
    lambda: f(1, 2, 3, e=5),
    lambda: f(1, 2, c=3, d=4, e=5, z=9),
    lambda: f(1, 2, 3, 4, e=5, a=7),
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: f(),
    lambda: g(x=1),
    lambda: g(),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: h(),
    lambda: h(key=1, other=2),
    lambda: v(1, 2, 3, sep="-"),
    lambda: v(sep=1),
    lambda: K().m(1, b=2),
    lambda: K().m(1, 2),
    lambda: K().m(a=1, b=2),
    lambda: K.m(1, b=2),
    lambda: K.c(1, 2, 3),
    lambda: K().s(3),
    lambda: K.s(),
    lambda: K.s(1, 2, 3),
    lambda: K.s(1, q=2, p=3),
    lambda: f(*[1, 2], *(3,), **{"e": 1}, **{"f": 2}),
    lambda: f(1, 2, 3, **{"e": 1}, **{"e": 2}),
    lambda: f(1, 2, 3, e=1, **{"e": 2}),
    lambda: f(*1),
    lambda: f(1, 2, 3, **[1]),
    lambda: (lambda x, *, y: 0)(1, 2),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f))(1, 2, 3, 4, d=5, g=6),
    lambda: int("5", base=10, extra=1),
    lambda: len([], []),
    lambda: sorted([3, 1], lambda x: x),
    lambda: functools.reduce(),
    lambda: dict(1, 2),
    lambda: "abc".split(sep=",", maxsplit=1, x=2),
    lambda: max(),
    lambda: print(end=1),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: getattr(),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except (TypeError, AttributeError) as e:
        print(i, f"{type(e).__name__}:", e)

first, *rest = [1, 2, 3, 4]
*init, last = "hello"
a, (b, *c), d = 1, [2, 3, 4], 5
print(first, rest, init, last, a, b, c, d)
print([*range(3), *"ab", *{"k": 1}], {**{"a": 1}, "b": 2, **{"a": 3}}, (*[1], *[2]), {*[1, 2], *[2, 3]})
for bad in ["a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = [1, 2], 3"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")

data = [5, 12, 7, 30, 2]
if (n := len(data)) > 3:
    print(f"long list ({n})")
print([y for x in data if (y := x * 2) > 10], y)
while (chunk := data[:2]):
    data = data[2:]
    print("chunk", chunk)
print(any((hit := w) > 10 for w in [3, 15, 7]), hit)
print({(k := i % 3): i for i in range(5)}, k)


def count():
    total = 0

    def inc(by=1):
        nonlocal total
        total += by
        return total
    return inc


inc = count()
print(inc(), inc(5), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
counter = 0


def bump():
    global counter
    counter += 1
    return counter


print(bump(), bump(), counter)


def broken():
    print(undefined_local)
    undefined_local = 1


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def outer():
    x = 1

    def inner():
        print(x)
    del x
    inner()


try:
    outer()
except NameError as e:
    print(type(e).__name__ + ":", e)
