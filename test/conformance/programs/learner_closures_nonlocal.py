def make_counter(start=0, step=1):
    count = start
    def inc(n=1):
        nonlocal count
        count += step * n
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    inc.reset = reset
    return inc
c = make_counter(10, 5)
print(c(), c(2), c.reset(), c(), c.__closure__[0].cell_contents if c.__closure__ else None, [cl.cell_contents for cl in c.__closure__])
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    x = "changed"
    return mid()()
print(outer())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc(); print(a(1), a(2), a(3))
x = "global"
def shadow():
    print(x)
    def h():
        global x
        x = "set by h"
    h()
    return x
print(shadow(), x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("ULE", e)
    y = 1
unbound()
def nl_err():
    def inner():
        nonlocal z
        return z
    try:
        inner()
    except NameError as e:
        print("NE", e)
    z = 5
nl_err()
print([y := v * 2 for v in range(3)], y)
total = 0
print([total := total + v for v in [1, 2, 3]], total)
def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()], [f() for f in list(gen_closure())])
def deco_state(fn):
    calls = 0
    def w(*a):
        nonlocal calls
        calls += 1
        w.calls = calls
        return fn(*a)
    return w
@deco_state
def sq(v): return v * v
sq(2); sq(3); print(sq.calls, sq.__name__)
class C:
    val = 10
    items = [val for _ in range(2)] if False else None
    def method(self):
        return [self.val + i for i in range(2)]
print(C().method())
try:
    class D:
        v = 5
        lst = [v * i for i in range(3)]
except NameError as e:
    print("NE", e)
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v + 1, abs)(-5), compose()(7))
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(200))
def lazy_cells():
    vals = []
    for i in range(3):
        def f(): return i * 10
        vals.append(f)
    i = 99
    return [v() for v in vals]
print(lazy_cells())
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda x, /, y=2, *, z=3: x + y + z)(1, z=10))
def del_cell():
    v = 1
    def g(): return v
    del v
    try:
        g()
    except NameError as e:
        print("NE", e)
del_cell()
