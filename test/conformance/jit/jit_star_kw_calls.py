# Calls of functions with keyword-only parameters, *args and **kwargs from hot (compiled) loops: results, errors, tracebacks
import functools

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper

@deco
def add(a, b): return a + b
@deco
def addkw(a, *, k=1): return a * k
def kw(a, b=1, *, c=2): return a + b + c
def star(*a): return len(a) + a[0]
def full(a, b=2, *rest, c, d=4, **extra): return a + b + len(rest) + c + d + len(extra)
def cell(a, *r, k=0, **kw):
    g = lambda: a + k + len(r) + len(kw)
    return g()
def gen(*a, n=2):
    for x in a:
        yield x * n

class P:
    def __init__(self, x, *rest, scale=1, **opts):
        self.v = x * scale + len(rest) + len(opts)
    def m(self, a, *r, k=0, **kw): return a + len(r) + k + len(kw)

def hot():
    s = 0
    p = P(1)
    opts = {'k': 2, 'zz': 3}
    for i in range(3000):
        s += add(i, 1)
        s += add(i, b=2)
        s += addkw(i, k=3)
        s += kw(i, c=3)
        s += kw(i, 2)
        s += kw(a=i, c=0, b=0)
        s += star(i, 1)
        s += star(*(i, 2, 3))
        s += full(i, c=1)
        s += full(i, 1, 2, 3, c=1, e=2)
        s += full(*[i, 1], **{'c': 2, 'x': 1})
        s += cell(i, 1, k=2, z=3)
        s += sum(gen(i, 1, n=3))
        s += P(i, 1, scale=2, q=1).v
        s += p.m(i, 1, 2, k=1, w=0)
        s += p.m(*(i,), **opts)
    return s
print(hot())

def errors(n):
    out = []
    calls = [
        lambda i: kw(i, c=3) if i < n else kw(i, d=3),
        lambda i: kw(i, c=3) if i < n else kw(i, 1, 2),
        lambda i: kw(i) if i < n else kw(b=1),
        lambda i: full(i, c=1) if i < n else full(i),
        lambda i: full(i, c=1) if i < n else full(i, a=1, c=1),
        lambda i: add(i, 1) if i < n else add(i, 1, 2),
        lambda i: add(i, b=1) if i < n else add(i, c=1),
        lambda i: star(i) if i < n else star(**{'a': 1}),
        lambda i: addkw(*(i,)) if i < n else addkw(*(i,), **{1: 2}),
        lambda i: P(i, scale=1).v if i < n else P(scale=1),
    ]
    for c in calls:
        t = 0
        try:
            for i in range(n + 1):
                t += c(i)
        except TypeError as e:
            out.append((t, type(e).__name__, str(e)))
    return out
for r in errors(1500):
    print(*r)

# The same **kwargs dict is never shared between calls, nor with the caller's.
def grow(**kw):
    kw['seen'] = len(kw)
    return kw
base = {'a': 1}
tot = 0
for i in range(2000):
    tot += len(grow(**base)) + len(grow(x=i))
print(tot, base)

# A recursion through a decorated function stays within the recursion limit.
@deco
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(sum(depth(10) for _ in range(500)))
try:
    depth(100000)
except RecursionError as e:
    print(type(e).__name__, e)

# Uncaught, through the wrapper, from a hot loop: the traceback shows every frame.
@deco
def fails(i, *, limit):
    if i >= limit:
        raise ValueError(f'{i} reached {limit}')
    return i
def run():
    t = 0
    for i in range(5000):
        t += fails(i, limit=4000)
    return t
run()
