# A class's __getitem__ and __next__ raising, caught by the caller many times over (the compiled
# path hands the exception back without a JavaScript throw): the exception, its traceback's
# frames, __context__, for loops and next() with and without a default, errors other than the
# expected one, and an uncaught one at the end.
import sys
import traceback


class Table:
    def __init__(self, limit):
        self.limit = limit

    def __getitem__(self, k):
        if k == 'bad':
            raise ValueError('bad key')
        if isinstance(k, int) and k < self.limit:
            return k * 2
        raise KeyError(k)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == -1:
            raise RuntimeError('broken')
        if self.n == 0:
            raise StopIteration(7)
        self.n -= 1
        return self.n


def lookups(t, n):
    hits = misses = 0
    for i in range(n):
        try:
            hits += t[i] > 0
        except KeyError as e:
            misses += 1
            last = e
    return hits, misses, last


hits, misses, e = lookups(Table(500), 3000)
print(hits, misses, repr(e), e.__context__, [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])


def other(n):
    caught = 0
    for i in range(n):
        try:
            Table(0)['bad']
        except ValueError as e:
            caught += 1
            last = e
    return caught, last


caught, e = other(2000)
print(caught, repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])


def chained(n):
    t = Table(0)
    for i in range(n):
        try:
            {}[i]
        except KeyError:
            try:
                t[i]
            except KeyError as e:
                last = e
    return last


e = chained(2000)
print(repr(e), repr(e.__context__), sys.exc_info())


def loops(n):
    total = 0
    for i in range(n):
        for v in Countdown(3):
            total += v
        total += next(Countdown(0), 100)
        try:
            next(Countdown(0))
        except StopIteration as e:
            total += e.value
            last = e
    return total, last


total, e = loops(2000)
print(total, repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])


def broken(n):
    caught = 0
    for i in range(n):
        try:
            for v in Countdown(-1):
                pass
        except RuntimeError:
            caught += 1
        try:
            next(Countdown(-1), None)
        except RuntimeError:
            caught += 1
    return caught


print(broken(2000))


def last():
    t = Table(1)
    for i in range(3000):
        try:
            t[i]
        except KeyError:
            pass
    return t['missing']


last()
