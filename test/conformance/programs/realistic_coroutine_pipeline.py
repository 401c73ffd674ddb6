# generator and coroutine pipelines: send/throw/close, yield from results, GeneratorExit, finally
import functools
def coroutine(fn):
    @functools.wraps(fn)
    def start(*a, **k):
        g = fn(*a, **k); next(g); return g
    return start
@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, "closing")
        raise
    finally:
        print(prefix, "finally")
@coroutine
def grep(pattern, target):
    n = 0
    try:
        while True:
            line = yield n
            if pattern in line:
                n += 1
                target.send(line)
    finally:
        target.close()
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        if x is None:
            return (count, avg)
        total += x; count += 1; avg = total / count
p = printer(">>")
g = grep("py", p)
for line in ["python", "ruby", "pypy", "perl"]:
    print("matched so far", g.send(line))
g.close()
print(g.gi_frame, p.gi_running)
a = averager()
print([a.send(x) for x in (10, 20, 30)], a.throw(ValueError("bad")), a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = -1
        i += 1
    return "done"
c = counter(3)
print(next(c), next(c), c.send("reset"), next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print("ret", e.value)
def inner():
    x = yield 1
    y = yield x * 2
    return x + y
def outer():
    r = yield from inner()
    print("inner returned", r)
    r2 = yield from [7, 8]
    print("list yf ret", r2)
    return r
o = outer()
print(next(o), o.send(5), o.send(10), next(o))
try:
    next(o)
except StopIteration as e:
    print("outer ret", e.value)
def integers():
    n = 1
    while True:
        yield n; n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n: return
        yield x
def pipeline():
    sq = (x * x for x in integers())
    ev = (x for x in sq if x % 2 == 0)
    return list(take(5, ev))
print(pipeline())
def g_fin():
    try:
        yield 1
        yield 2
    finally:
        print("g_fin cleanup")
gf = g_fin(); next(gf); gf.close()
print("after del")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bc = bad_close(); next(bc)
try:
    bc.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unstarted():
    yield 1
try:
    unstarted().send(5)
except TypeError as e:
    print("TypeError:", e)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def stopper():
    yield 1
    raise StopIteration("oops")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause", repr(e.__cause__))
def thrower():
    try:
        yield 1
    except KeyError as e:
        print("caught inside", e)
        yield "recovered"
t = thrower(); next(t)
print(t.throw(KeyError("k")))
try:
    t.throw(TypeError, "legacy form")
except TypeError as e:
    print("propagated", e)
print(t.gi_frame is None, list(t))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)), sum(itertools.takewhile(lambda x: x < 4_000_000, (f for f in fib() if f % 2 == 0))))
def tree(d):
    if isinstance(d, dict):
        for k, v in d.items():
            yield from (f"{k}/{p}" for p in tree(v))
    else:
        yield str(d)
print(list(tree({"a": {"b": 1, "c": {"d": 2}}, "e": 3})))
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
            received.append(v)
        except GeneratorExit:
            print("echo saw", received)
            return
e = echo(); next(e); e.send("a"); e.send("b"); e.close(); e.close()
print(e.gi_frame, next(iter([]), "dflt"))
