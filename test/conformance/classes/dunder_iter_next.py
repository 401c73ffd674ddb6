# iterator protocol: __iter__ returning self and __next__ raising StopIteration
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c))
for v in c:
    print("loop", v)
print(list(c), next(c, "exhausted"))
class Repeat:
    def __init__(self, items, times):
        self.items = items
        self.times = times
    def __iter__(self):
        for _ in range(self.times):
            for x in self.items:
                yield x
r = Repeat("ab", 2)
print(list(r), list(r))
it = iter(r)
print(next(it), type(it).__name__)
print(dict(zip(Countdown(3), "xyz")))
