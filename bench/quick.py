# A quick side-by-side timing (run with tpy and with python3): calls, loops, objects.
# The full cross-interpreter benchmark suite is issue 6; this is the measurement its notes quote.
import time

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def counting_loop():
    i = 0
    s = 0
    while i < 3000000:
        s += i
        i += 1
    return s

def for_range():
    s = 0
    for i in range(3000000):
        s += i
    return s

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def objects():
    tot = 0
    for i in range(300000):
        tot += P(i).get()
    return tot

for name, fn in [("fib(27)", lambda: fib(27)), ("counting loop", counting_loop),
                 ("for range", for_range), ("300k objects", objects)]:
    t = time.perf_counter()
    fn()
    print("%-14s %.3f s" % (name, time.perf_counter() - t))
