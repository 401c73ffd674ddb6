# cProfile of code using functools.lru_cache: the cached functions' entries only (the C wrapper is no entry), the wrapper's methods as built-in methods
import cProfile
import pstats
import functools

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]

@functools.lru_cache(maxsize=4)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@functools.cache
def square(x):
    return x * x

class Shape:
    @functools.lru_cache(maxsize=None)
    def area(self, k):
        return square(k)

def work():
    fib(15)
    fib(15)
    s = Shape()
    for k in [1, 2, 1, 3, 2]:
        s.area(k)
    list(map(square, [1, 2, 7]))
    fib.cache_clear()
    fib(5)

pr = cProfile.Profile(timer, 0.001)
pr.enable()
work()
square.cache_clear()
pr.disable()
print(fib.cache_info(), square.cache_info(), Shape.area.cache_info())

st = pstats.Stats(pr).strip_dirs()
st.sort_stats('calls', 'name').print_stats()
st.print_callers('square')
