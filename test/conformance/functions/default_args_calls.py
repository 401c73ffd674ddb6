# Positional calls that the function's defaults complete take the simple-call path: the
# defaults must land exactly where binding puts them, with every other shape unchanged.


def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


for i in range(3):
    print(f(i), f(i, 10), f(i, 10, []))


def gen(n, step=2):
    yield from range(0, n, step)


print(list(gen(7)), list(gen(7, 3)))


def cell_default(x, y=5):
    def inner():
        return x + y
    y += 1
    return inner()


print([cell_default(i) for i in range(3)], cell_default(1, 1))


def needs(a, b, c=3):
    return a + b + c


try:
    needs(1)
except TypeError as e:
    print('TypeError:', e)
print(needs(1, 2), needs(1, 2, 4))
needs.__defaults__ = (30,)
print(needs(1, 2))
needs.__defaults__ = (20, 30)
print(needs(1))
needs.__defaults__ = None
try:
    needs(1, 2)
except TypeError as e:
    print('TypeError:', e)


def kwonly(a, b=1, *, k=2):
    return a, b, k


def star(a, b=1, *rest):
    return a, b, rest


print(kwonly(0), star(0), star(0, 1, 2))


class C:
    def m(self, x=4, y=None):
        return x, y

    def __init__(self, v=7):
        self.v = v


c = C()
print(c.m(), c.m(1), C.m(c), C().v, C(8).v)
print(sorted([3, 1, 2], key=lambda v, w=10: w - v))


def recurse(n, acc=0):
    return acc if n == 0 else recurse(n - 1, acc + n)


print(recurse(100))
