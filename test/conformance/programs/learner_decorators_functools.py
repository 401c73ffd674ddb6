import functools, time
def trace(prefix=">>"):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kw):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kw.items()]
            print(f"{prefix} {fn.__name__}({', '.join(parts)})")
            r = fn(*args, **kw)
            print(f"{prefix} {fn.__name__} -> {r!r}")
            return r
        wrapper.calls = 0
        return wrapper
    return deco

@trace()
def add(a, b=2, *, c=3):
    """add things"""
    return a + b + c
add(1); add(1, c=10)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)

def count_calls(cls):
    orig = cls.__init__
    cls.instances = 0
    @functools.wraps(orig)
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls

@count_calls
class Thing:
    def __init__(self, x): self.x = x
Thing(1); Thing(2)
print(Thing.instances, Thing.__init__.__name__, Thing.__init__.__qualname__)

class memo:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.cache = {}
    def __call__(self, *a):
        if a not in self.cache:
            self.cache[a] = self.__wrapped__(*a)
        return self.cache[a]
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return functools.partial(self, obj)

@memo
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), len(fib.cache), fib.__name__)

class K:
    @memo
    def sq(self, x): return x * x
k = K()
print(k.sq(4), k.sq(4), type(K.__dict__["sq"]).__name__)

@functools.lru_cache(maxsize=3)
def slow(x): return x * 2
for v in [1, 2, 3, 1, 4, 2]: slow(v)
print(slow.cache_info())
slow.cache_clear(); print(slow.cache_info())

@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return "list " + ",".join(show(i) for i in x)
print(show(1), show("a"), show([1, "b", True]))
print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a):
            for i in range(times):
                try:
                    return fn(*a)
                except ValueError as e:
                    print(f"attempt {i+1} failed: {e}")
            raise RuntimeError(f"gave up after {times}")
        return w
    return deco
n = 0
@retry(3)
def flaky():
    global n
    n += 1
    if n < 3: raise ValueError(n)
    return "ok"
print(flaky())
@retry(2)
def never(): raise ValueError("no")
try: never()
except RuntimeError as e: print(e, repr(e.__context__))

p = functools.partial(add, 5, c=0)
print(p(1), p.func.__name__, p.args, p.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 10), 1))
class Stack:
    @functools.cached_property
    def heavy(self):
        print("computing"); return 42
s = Stack(); print(s.heavy, s.heavy, s.__dict__)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) <= V(2), V(3) < V(2), V(2) >= V(2))
