# Decorators and functools: wraps, parametrised and class decorators, lru_cache, singledispatch, partial, total_ordering, reduce
import functools
from functools import wraps, lru_cache, singledispatch, singledispatchmethod, partial, partialmethod, total_ordering, reduce, cached_property, cmp_to_key
import operator

def trace(prefix="->"):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            print(f"{prefix} {fn.__name__}({', '.join(parts)})")
            result = fn(*args, **kwargs)
            print(f"{prefix} {fn.__name__} returned {result!r}")
            return result
        wrapper.calls = 0
        return wrapper
    return deco

@trace()
def add(a, b=1):
    """Add two numbers."""
    return a + b

@trace(prefix="##")
def greet(name, *, punct="!"):
    return f"hello {name}{punct}"

add(2, b=3); greet("ann", punct="?")
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__, add.__module__, hasattr(add, "calls"))

def retry(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"try {state['n']}")
    return "ok"
print(flaky())
@retry(2)
def always_bad():
    raise ValueError("nope")
try:
    always_bad()
except RuntimeError as e:
    print(e)

def register(cls):
    cls.registered = True
    REGISTRY[cls.__name__] = cls
    return cls
REGISTRY = {}
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), REGISTRY, Point.registered)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0
    def __call__(self, *a, **k):
        self.count += 1
        return self.fn(*a, **k)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.count, square.__name__)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print(f"  computing {x}")
    return x * x
for v in (1, 2, 1, 3, 2, 1):
    sq(v)
print(sq.cache_info(), sq.cache_parameters())
@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)
@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info().hits)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}: " + ", ".join(describe(i) for i in x)
@describe.register(float)
def _describe_float(x):
    return f"float {x:.2f}"
print(describe(3), describe(2.5), describe([1, (2.0, "s")]), describe(True), describe(None))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"
    @fmt.register
    def _(self, arg: str):
        return arg.upper()
    @fmt.register
    def _(self, arg: int):
        return str(arg * 10)
print(Formatter().fmt("a"), Formatter().fmt(4), Formatter().fmt(None))

pow2 = partial(pow, 2)
base16 = partial(int, base=16)
print(pow2(10), base16("ff"), base16.func is int, base16.args, base16.keywords, repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>"))
print(partial(base16, "10")(), partial(partial(operator.sub, 10), 3)())
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, v): self.alive = v
    revive = partialmethod(set_state, True)
c = Cell(); c.revive(); print(c.alive)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ("1.10.0", "1.2.3", "1.2.10", "0.9")]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2.0") > Version("1.9.9"), Version("1.0") <= Version("0.1"))
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
class Data:
    def __init__(self, n): self.n = n
    @cached_property
    def total(self):
        print("  computing total")
        return sum(range(self.n))
d = Data(100); print(d.total, d.total, "total" in vars(d))
def compare_len(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))
print(sorted(["ccc", "a", "bb", "dddd", "ee"], key=cmp_to_key(compare_len)))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, lambda s: s + "!")("  hi "))
