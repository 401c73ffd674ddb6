# A call-heavy program for measuring what profiling costs (bench/profile_overhead.mjs
# runs it plain and under -m cProfile, on tpy and on python3). Every iteration makes
# tpy-level calls (recursion, methods, a closure) and built-in calls (len, append, max),
# so both the call/return and the c_call/c_return paths of the profiler are exercised.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def work(rounds):
    c = Counter()
    add3 = make_adder(3)
    items = []
    total = 0
    for i in range(rounds):
        total = add3(c.add(i))
        items.append(i)
        if len(items) > 64:
            total += max(items)
            items = []
    return total


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
print(fib(20 + scale), work(100000 * scale))
