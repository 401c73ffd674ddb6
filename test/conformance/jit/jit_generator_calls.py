# Generator bodies resumed often enough to be compiled that call tpy functions and methods,
# and for loops over generators they start: recursive generators, errors raised in the
# callee (with its traceback), deep nesting, and a generator left between yields.
import sys

def perms(xs):
    if len(xs) <= 1:
        yield xs
        return
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + p

print(sum(1 for _ in perms(list(range(6)))), next(perms([3, 1, 2])), list(perms([7, 8])))

def walk(tree, depth=0):
    label, kids = tree
    yield depth, label
    for k in kids:
        yield from walk(k, depth + 1)

def build(n):
    return (n, [build(n - 1), build(n - 2)] if n > 1 else [])

print(sum(d for d, _ in walk(build(14))), max(d for d, _ in walk(build(12))))

def chain(n):
    # n generators deep, each a for loop over the next: deeper than the nested runs a
    # compiled for loop makes, so the eval loop takes the deepest levels.
    if n == 0:
        yield from range(3)
        return
    for x in chain(n - 1):
        yield x + 1
print(list(chain(60)), sum(sum(chain(k)) for k in range(40)))

class Scale:
    def __init__(self, k):
        self.k = k
    def apply(self, x):
        return x * self.k

def scaled(xs, s, f):
    for x in xs:
        yield f(s.apply(x))

def inc(x):
    return x + 1
print(sum(scaled(range(3000), Scale(3), inc)), list(scaled(range(5), Scale(2), str)))

def check(x):
    if x == 2500:
        raise ValueError('bad %d' % x)
    return x

def checked(xs):
    for x in xs:
        yield check(x)

try:
    print(sum(checked(range(3000))))
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('ValueError', e, names)

def fresh():
    for i in range(2000):
        g = (j * i for j in range(3))
        for v in g:
            yield v
print(sum(fresh()))

def deep(n):
    if n == 0:
        yield 0
        return
    for x in deep(n - 1):
        yield x + 1

sys.setrecursionlimit(300)
try:
    print(list(deep(100)))
    print(list(deep(1000)))
except RecursionError as e:
    print('RecursionError', e)

def sends():
    total = 0
    for i in range(3000):
        x = yield total
        total += inc(x or 0)
g = sends()
next(g)
for i in range(2500):
    g.send(i)
print(g.send(1))
