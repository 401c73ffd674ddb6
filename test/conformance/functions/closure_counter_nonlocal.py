# closure state mutated through nonlocal: counters, accumulators, memo
def counter(start=0, step=1):
    value = start
    def next_value():
        nonlocal value
        current = value
        value += step
        return current
    return next_value
c = counter()
d = counter(100, -10)
print(c(), c(), c(), d(), d(), c())
def running_average():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_average()
print(avg(10), avg(20), avg(60))
def memo_fib():
    cache = {}
    def fib(n):
        if n not in cache:
            cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(memo_fib()(90))
