# Closures, nonlocal counters, bound methods held in variables, and higher-order calls.
import sys


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def incr(step):
        nonlocal count
        count += step
        return count
    return incr


class Accumulator:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self.total


def compose(f, g):
    return lambda x: f(g(x))


def run(n):
    adders = [make_adder(k) for k in range(10)]
    counter = make_counter()
    acc = Accumulator()
    add = acc.add
    both = compose(adders[3], adders[4])
    s = 0
    for i in range(n):
        f = adders[i % 10]
        s += f(i)
        counter(1)
        add(i & 15)
        s ^= both(i)
    return s, counter(0), acc.total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500000
print("checksum", *run(n))
