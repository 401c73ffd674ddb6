# Generators made by compiled code (a hot loop calling a generator function) and run from
# their first instruction by compiled code (any(), sum(), list(), next(), for): the same
# values, errors, frames and states as the eval loop gives.
import sys


def count_to(n, step=1, *, scale=1):
    i = 0
    while i < n:
        yield i * scale
        i += step


def with_cell(n):
    total = 0
    def add(k):
        nonlocal total
        total += k
    for k in range(n):
        add(k)
        yield total


def fails_first(n):
    if n % 2:
        raise ValueError(f'odd {n}')
    yield n


def returns_at_once(n):
    return n
    yield


def states(n):
    g = count_to(n)
    before = (g.gi_running, g.gi_frame.f_lineno, g.gi_frame.f_lasti)
    first = next(g)
    after = (g.gi_running, g.gi_frame.f_lineno)
    return before, first, after, list(g)


def loop(n):
    out = []
    errors = 0
    for i in range(n):
        a = any(x > 3 for x in range(i % 7))
        b = all(x < 5 for x in range(i % 9))
        c = sum(x * x for x in range(i % 5) if x % 2)
        d = list(count_to(i % 6, 2, scale=3))
        e = next(with_cell(4), None)
        f = max(with_cell(i % 5 + 1))
        g = list(returns_at_once(i))
        h = min((y for y in (3, 1, 2)), default=None)
        try:
            list(fails_first(i))
        except ValueError as err:
            errors += 1
            last = str(err)
        for v in count_to(3):
            e += v
        out.append((a, b, c, d, e, f, g, h))
    return out, errors, last


out, errors, last = loop(600)
print(out[:8], out[-1], errors, last)
print(states(3))
for i in range(300):
    r = states(2)
print(r)


def sends(n):
    res = []
    for i in range(n):
        g = count_to(3)
        try:
            g.send(i)
        except TypeError as err:
            res.append(str(err))
        res.append(g.send(None))
    return res[-2:]

print(sends(300))


def bad_calls(n):
    msgs = set()
    for i in range(n):
        try:
            count_to()
        except TypeError as err:
            msgs.add(str(err))
        try:
            count_to(1, 2, 3)
        except TypeError as err:
            msgs.add(str(err))
    return sorted(msgs)

print(bad_calls(300))


# A generator made in a hot loop, resumed later in a traceback-producing way.
def deep(n):
    yield 1 // (n - 5)

def collect(n):
    gens = [deep(i) for i in range(n)]
    got = []
    for g in gens:
        try:
            got.append(next(g))
        except ZeroDivisionError as err:
            got.append(type(err).__name__)
            tb = err.__traceback__
            while tb.tb_next is not None:
                tb = tb.tb_next
            got.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    return got

print(collect(300)[3:9])


# Methods that are generators, called from a compiled loop.
class Tree:
    def __init__(self, kids):
        self.kids = kids
    def walk(self, depth=0):
        yield depth
        for k in self.kids:
            yield from k.walk(depth + 1)

t = Tree([Tree([]), Tree([Tree([])])])
def walks(n):
    s = 0
    for i in range(n):
        s += sum(t.walk())
    return s

print(walks(500), list(t.walk()))

# Coroutine objects made in a hot loop and closed unawaited.
async def coro(x):
    return x

def make_coros(n):
    names = set()
    for i in range(n):
        c = coro(i)
        names.add(type(c).__name__)
        c.close()
    return names

print(make_coros(300))
print(sys.getrecursionlimit() > 0)
