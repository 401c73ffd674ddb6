# Generators: send/throw/close, yield from with return values, generator state, pipelines, closing in finally
import inspect

def averager():
    total, count, avg = 0.0, 0, None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager got", repr(e))
            continue
        except GeneratorExit:
            print("  averager closing at count", count)
            raise
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def grouper(results, key):
    while True:
        results[key] = yield from averager()
        print("  group", key, "done:", results[key])

results = {}
g = grouper(results, "boys")
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
for v in (10, 20, 30):
    print("avg", g.send(v))
print(g.throw(ValueError("bad sample")))
print(g.send(5))
g.send(None)
print(results)
g.close()
print(inspect.getgeneratorstate(g))

def counter(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("  counter received", received)
    finally:
        print("  counter cleanup")

c = counter(5)
print(next(c), c.send("hi"), next(c))
c.close()
c.close()
try:
    next(c)
except StopIteration:
    print("exhausted after close")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def ret():
    yield 1
    return "value"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def bad_stop():
    yield 1
    raise StopIteration("oops")
try:
    list(bad_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return x + y
def outer():
    result = yield from inner()
    print("  outer result", result)
    yield result * 2
o = outer()
print(next(o), o.send(3), o.send(4))
print(list(o))

def thrower():
    try:
        yield "a"
    except KeyError as e:
        yield f"caught {e}"
    yield "b"
t = thrower()
print(next(t), t.throw(KeyError("k")), next(t))
try:
    t.throw(IndexError, "idx msg")
except IndexError as e:
    print("IndexError propagated:", e)
gen = (x * x for x in range(3))
print(next(gen), list(gen), list(gen))
try:
    gen2 = counter(2)
    gen2.send(1)
except TypeError as e:
    print("TypeError:", e)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(take(8, evens(fib()))))
def running():
    me = yield
    try:
        next(me)
    except ValueError as e:
        yield str(e)
rg = running()
next(rg)
print(rg.send(rg))
print(g.gi_frame, c.gi_running, o.gi_code.co_name, type(g).__name__)
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)), sum(tree(10)))
def echo():
    while True:
        try:
            x = yield
            print("  echo", x)
        except Exception as e:
            print("  echo caught", type(e).__name__)
            return "bye"
e = echo(); next(e); e.send(1)
try:
    e.throw(TypeError())
except StopIteration as si:
    print("StopIteration:", si.value)
