# Function bodies that run compiled (vm/jit_call.ts) once they are called often, from the
# eval loop or from compiled code: frames, tracebacks, hooks and recursion stay CPython's.
import sys


def add(a, b):
    return a + b


def mul_add(a, b, c):
    return add(a * b, c)


def poly(x):
    t = 0
    for k in range(4):
        t = mul_add(t, x, k)
    return t


total = 0
for i in range(3000):
    total = (total + poly(i)) % 1000003
print("poly", total)


# Recursion, deeper than compiled bodies nest on the JavaScript stack.
def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


sys.setrecursionlimit(20000)
print("depth", depth_sum(50), depth_sum(5000), depth_sum(15000))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", fib(20))


def forever(n):
    return forever(n + 1) + 1


sys.setrecursionlimit(1000)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)


# An exception from a native deep in compiled calls: the traceback has every frame.
def show_tb(e):
    tb = e.__traceback__
    where = []
    while tb is not None:
        where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e).__name__, e, where)


def inner(x):
    return len(x) + 1


def middle(x):
    y = inner(x)
    return y * 2


def outer(xs):
    t = 0
    for x in xs:
        t += middle(x)
    return t


data = ["ab"] * 2000 + [7]
try:
    outer(data)
except TypeError as e:
    show_tb(e)


# A handler in the function that calls the raising one.
def guarded(x):
    try:
        return middle(x)
    except TypeError:
        return -1


print("guarded", sum(guarded(x) for x in data))


# Returns from inside loops, and from inside a try.
def find(xs, v):
    for i in range(len(xs)):
        for j in range(3):
            if xs[i] == v and j == 2:
                return i, j
    return None


def find_try(xs, v):
    try:
        for i, x in enumerate(xs):
            if x == v:
                return i
    finally:
        pass
    return -1


xs = list(range(50))
print("find", [find(xs, v) for v in (3, 49, 99)] * 1, sum(find_try(xs, v) for v in range(60)))
for _ in range(300):
    find(xs, 10)
    find_try(xs, 10)
print(find(xs, 10), find_try(xs, 77))


# Frames seen from inside compiled bodies.
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno, sorted(f.f_locals)


def probe(a):
    b = a * 2
    return where()


def prober(n):
    r = None
    for i in range(n):
        r = probe(i)
    return r


print(prober(500))


def with_locals(a, b):
    c = a + b
    return sorted(locals().items())


for i in range(400):
    r = with_locals(i, 1)
print(r)


# Closures: reading and assigning cells.
def make_counter():
    count = 0

    def incr(step):
        nonlocal count
        count += step
        return count
    return incr


counter = make_counter()
for i in range(1000):
    counter(i % 3)
print("counter", counter(0))


# Bound methods held in variables, and methods through the class.
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self.total


acc = Acc()
bound = acc.add
for i in range(2000):
    bound(i & 7)
    Acc.add(acc, 1)
print("acc", acc.total)


# A hook set from inside a compiled body, called from a compiled loop.
events = []


def prof(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name in ("step", "loop_with_hook"):
        events.append((event, frame.f_code.co_name))


def step(i, n):
    if i == n - 3:
        sys.setprofile(prof)
    return i


def loop_with_hook(n):
    t = 0
    for i in range(n):
        t += step(i, n)
    sys.setprofile(None)
    return t


print(loop_with_hook(1000), events)


# The callee changes under the caller.
def op(x):
    return x + 1


def apply_all(n):
    t = 0
    for i in range(n):
        t += op(i)
    return t


print(apply_all(500))


def op(x):
    return x * 2


print(apply_all(500))


# Keyword and default arguments, *args: the eval loop's calls.
def kw(a, b=2, *rest, c=3):
    return a + b + c + len(rest)


def caller(n):
    t = 0
    for i in range(n):
        t += kw(i) + kw(i, 1) + kw(i, c=0) + kw(i, 1, 2, 3)
    return t


print("kw", caller(1000))


# A small function that assigns a closure cell is not run inline: a compiled loop that leaves
# after the call began (a big int here) would make the call again, and the store twice.
def make_bumper():
    count = 0

    def bump(x):
        nonlocal count
        count += 1
        return count + x
    return bump


bump = make_bumper()


def bump_all(n, big):
    t = 0
    for i in range(n):
        t += bump(big if i % 100 == 99 else i)
    return t


print("bump", bump_all(3000, 2 ** 60), bump(0))
