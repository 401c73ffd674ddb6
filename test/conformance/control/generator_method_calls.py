# send(), __next__() and throw() called on generators and coroutines by tpy code (which the eval
# loop makes by resuming the generator as a frame of its own): values in and out, StopIteration
# and its value, errors raised inside, and the calls that raise instead of resuming.
import traceback
def g():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return x + y
it = g()
print(it.send(None), it.send(10))
try:
    it.send(5)
except StopIteration as e:
    print("stop", e.value, e.args, repr(e))
try:
    it.send(1)
except StopIteration as e:
    print("again", e.args)
def bad():
    yield 1
    raise ValueError("inside")
b = bad(); print(b.__next__())
try:
    b.__next__()
except ValueError as e:
    traceback.print_exc()
def si():
    yield 1
    raise StopIteration("x")
s = si(); next(s)
try:
    s.send(None)
except RuntimeError as e:
    print("RT", e, repr(e.__cause__))
def selfish():
    yield me.send(None)
me = selfish()
try:
    me.send(None)
except ValueError as e:
    print("VE", e)
n = g()
try:
    n.send(3)
except TypeError as e:
    print("TE", e)
def outer():
    inner = g()
    a = inner.send(None)
    b = yield a
    c = inner.send(b)
    yield c
o = outer(); print(o.send(None), o.send(7))
f = g().send
print(f(None))
async def co():
    return 42
c = co()
try:
    c.send(None)
except StopIteration as e:
    print("co", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("reuse", e)
def counter():
    i = 0
    while True:
        got = yield i
        i += got or 1
cnt = counter(); cnt.send(None)
print([cnt.send(k) for k in range(5)], sum(cnt.__next__() for _ in range(3)))
def fin():
    try:
        yield 1
    finally:
        print("cleanup")
fg = fin(); fg.send(None)
try: fg.send(None)
except StopIteration: print("ended")

def chain_inner():
    try:
        yield "inner"
    except KeyError as e:
        yield f"inner caught {e!r}"
    return "inner done"
def chain_outer():
    r = yield from chain_inner()
    yield f"outer got {r}"
co2 = chain_outer()
print(co2.send(None), co2.throw(KeyError("k")), co2.send(None))
co3 = chain_outer(); next(co3)
try:
    co3.throw(ValueError, "v", None)
except ValueError as e:
    print("through the chain:", e)
    traceback.print_exc()
print(co3.send.__self__ is co3, co3.gi_running, co3.gi_frame)
try:
    g().throw(1)
except TypeError as e:
    print("TE", e)
fresh = g()
try:
    fresh.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted:", e, fresh.gi_frame)
