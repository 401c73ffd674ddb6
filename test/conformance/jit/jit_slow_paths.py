# Slow paths a hot loop keeps taking (compiled in by tpy's loop compiler after a few exits):
# dunder methods that look at the caller's locals, big ints, dict subscripts and `in`,
# properties, __bool__, an iterator class, and one of them raising part-way.
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        seen = sys._getframe(1).f_locals.get('marker')
        return V(self.x + other + (seen or 0))

    def __bool__(self):
        return self.x % 3 != 0

    def __lt__(self, other):
        return self.x < other


def accumulate(n):
    v = V(0)
    trues = 0
    for marker in range(n):
        v = v + 1
        if v:
            trues += 1
        if not v < 10 ** 9:
            break
    return v.x, trues


print(accumulate(600))


def lcg(n):
    seed = 12345
    out = 0
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out ^= seed
    return seed, out


print(lcg(2000))


def counts(words):
    d = {}
    for w in words:
        if w in d:
            d[w] += 1
        else:
            d[w] = 1
    return sorted(d.items())


print(counts(['a', 'b', 'a', 'c'] * 300))


class Temp:
    def __init__(self):
        self._c = 0.0

    @property
    def f(self):
        return self._c * 9 / 5 + 32


def temps(n):
    t = Temp()
    total = 0.0
    for i in range(n):
        t._c = i / 10
        total += t.f
    return round(total, 6)


print(temps(700))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def drain(n):
    total = 0
    for k in Countdown(n):
        total += k
    return total


print(drain(900))


def lookups(d, keys):
    total = 0
    for k in keys:
        total += d[k]
    return total


table = {i: i * i for i in range(50)}
print(lookups(table, list(range(50)) * 20))
try:
    lookups(table, list(range(50)) * 20 + [99])
except KeyError as e:
    print('KeyError', e, e.__traceback__.tb_next.tb_lineno)
