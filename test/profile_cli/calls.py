# Calls of tpy functions, methods, a recursion, a generator and built-ins.
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Acc:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


def gen(n):
    for i in range(n):
        yield i * i


acc = Acc()
for v in gen(5):
    acc.add(v)
print(fib(12), sum(acc.items), len(acc.items), sorted(acc.items, reverse=True)[0])
print(sys.argv[1:], __name__, __file__)
