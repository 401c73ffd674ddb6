# Generator bodies that run compiled (vm/jit_gen.ts) once a for loop has resumed them often:
# every way a generator can be seen or resumed in between must find it as the eval loop left it.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(src):
    for chunk in src:
        yield from chunk


# A pipeline: stages resumed by compiled loops and by compiled generator bodies.
total = 0
for v in flatten(chunks(only_odd(squares(numbers(3000))), 7)):
    total = (total + v) % 1000000007
print("pipeline", total)
print("sum", sum(x % 7 for x in numbers(3000) if x % 3))
print("list", list(only_odd(numbers(20))))


# A native that raises inside the body: the traceback goes through the generator's frame.
def lengths(items):
    for it in items:
        yield len(it)


def consume(items):
    t = 0
    for n in lengths(items):
        t += n
    return t


def show_tb(e):
    tb = e.__traceback__
    where = []
    while tb is not None:
        where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e).__name__, e, where)


items = ["ab"] * 1000 + [5] + ["c"]
try:
    consume(items)
except TypeError as e:
    show_tb(e)


# ... and a handler inside the generator, around its loop, that catches it.
def guarded(items):
    try:
        for it in items:
            yield len(it)
    except TypeError as e:
        yield "caught " + str(e)
    finally:
        print("guarded finally")


out = [v for v in guarded(items)]
print(len(out), out[-2:])


# send(), throw(), close() and next() between compiled resumes.
def echo(n):
    got = []
    try:
        i = 0
        while i < n:
            x = yield i
            if x is not None:
                got.append(x)
            i += 1
    except ValueError as e:
        print("echo caught", e, "at i =", i, "got", got)
        yield -1
    finally:
        print("echo finally, i =", i)


g = echo(10000)
for v in g:
    if v == 700:
        break
print("send", g.send("a"), "next", next(g))
for v in g:
    if v == 1500:
        break
print("throw", g.throw(ValueError("stop")))
g.close()
print("closed", g.gi_frame)


# The frame's locals, seen between compiled resumes.
def walker(n):
    acc = 0
    for k in range(n):
        acc += k
        yield k


w = walker(5000)
for v in w:
    if v == 4000:
        break
print(sorted(w.gi_frame.f_locals.items()), w.gi_frame.f_lineno, w.gi_running)
print(next(w), sorted(w.gi_frame.f_locals.items()))


# A return from inside the loop (a block left to unwind), and a return value through yield from.
def until(n, stop):
    for i in range(n):
        if i == stop:
            return "stopped at %d" % i
        yield i


def outer():
    r = yield from until(10000, 2500)
    yield r


res = list(outer())
print(len(res), res[-2:])
print(sum(until(10000, 3000)))


# Recursive generators, compiled at every depth.
def tree(depth):
    if depth == 0:
        yield 1
        return
    for x in tree(depth - 1):
        yield x
    for x in tree(depth - 1):
        yield x + depth


print("tree", sum(tree(10)), max(tree(9)))


def deep(n):
    if n == 0:
        yield 0
    else:
        for x in deep(n - 1):
            yield x + 1


for _ in range(300):
    for v in deep(50):
        pass
print("deep", v)


# Natives that look at the running frame: it is the generator's, its f_back the for loop's.
def frames(n):
    for i in range(n):
        f = sys._getframe()
        yield i, f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno


def looper():
    last = None
    for t in frames(1000):
        last = t
    return last


print(looper())


def with_locals(n):
    x = 0
    for i in range(n):
        x += i
        if i == n - 1:
            yield sorted(locals().items())
        else:
            yield x


print(list(with_locals(800))[-1])


# A trace function set from inside a compiled body: the rest of the run is traced.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_gen":
        events.append((event, frame.f_lineno))
    return tracer


def traced_gen(n):
    for i in range(n):
        if i == n - 2:
            sys.settrace(tracer)
        yield i


def run_traced():
    t = 0
    for v in traced_gen(600):
        t += v
    sys.settrace(None)
    return t


print(run_traced(), events)


# Generators of a generator expression and of a method, resumed alternately.
class Counter:
    def __init__(self, step):
        self.step = step

    def count(self, n):
        v = 0
        for _ in range(n):
            v += self.step
            yield v


a = Counter(2).count(2000)
b = (x * 3 for x in range(2000))
s = 0
for x, y in zip(a, b):
    s += x - y
print("zip", s)
pairs = 0
ga = Counter(5).count(1500)
gb = Counter(7).count(1500)
for x in ga:
    pairs += x * next(gb)
print("alternate", pairs)


# A generator that raises StopIteration inside its body (PEP 479), after many compiled resumes.
def bad(n):
    for i in range(n):
        if i == n - 1:
            next(iter([]))
        yield i


try:
    for v in bad(1000):
        pass
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, v)


# `yield from` in compiled bodies: lists, tuples, ranges and generators as delegates.
def sub(n):
    for i in range(n):
        yield i
    return "sub done %d" % n


def delegating(k):
    for j in range(k):
        yield from [j, -j]
        yield from (j * 2,)
        yield from range(j % 3)
        r = yield from sub(j % 4)
        yield r


dl = list(delegating(600))
print("delegating", len(dl), sum(x for x in dl if isinstance(x, int)), dl[-6:])
d = delegating(600)
for v in d:
    if v == -450:
        break
print("yieldfrom", type(d.gi_yieldfrom).__name__, next(d), next(d))
for v in d:
    if v == "sub done 2":
        break
print(next(d), next(d), d.send(None), type(d.gi_yieldfrom).__name__)
try:
    d.throw(KeyError("into delegate"))
except KeyError as e:
    print("KeyError", e, d.gi_frame)


def echo_sub():
    got = []
    while len(got) < 3:
        x = yield len(got)
        if x is not None:
            got.append(x)
    return got


def echo_outer():
    for _ in range(400):
        yield 0
    r = yield from echo_sub()
    yield r


eo = echo_outer()
for v in eo:
    pass
    break
for _ in range(399):
    next(eo)
print(next(eo), eo.send("a"), eo.send("b"), eo.send("c"))
