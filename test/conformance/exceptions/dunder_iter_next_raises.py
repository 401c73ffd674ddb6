# exceptions from __iter__ and __next__ during for loops, list() and unpacking
class Items:
    def __init__(self, n, fail_at):
        self.n = n
        self.fail_at = fail_at
        self.i = 0
    def __iter__(self):
        if self.fail_at == "iter":
            raise KeyError("iter failed")
        return self
    def __next__(self):
        if self.i == self.fail_at:
            raise ValueError("next failed at %d" % self.i)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Items(3, -1)))
got = []
try:
    for v in Items(5, 2):
        got.append(v)
except ValueError as e:
    print("for loop:", e, got)
try:
    list(Items(3, "iter"))
except KeyError as e:
    print("list():", repr(e))
try:
    a, b, c = Items(5, 1)
except ValueError as e:
    print("unpack:", e)
class BadIter:
    def __iter__(self):
        return 42
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
