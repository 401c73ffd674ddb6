# instances with __call__ are callable
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.factor + sum(rest)) * scale
double = Multiplier(2)
print(double(5), double(5, 1, 1), double(1, scale=10), double.calls)
print(callable(double), callable(Multiplier), callable(5))
print(list(map(Multiplier(3), [1, 2, 3])))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), type(fib).__name__)
