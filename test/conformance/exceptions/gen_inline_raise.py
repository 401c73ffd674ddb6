# exceptions leaving generators resumed by for loops and yield from: handlers, tracebacks, exception state
import sys
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def fails_at(n):
    for x in numbers(10):
        if x == n:
            raise KeyError(x)
        yield x
def relay(src):
    yield from src
def guard(src):
    try:
        for v in src:
            yield v
    finally:
        print("guard finally")
try:
    for v in guard(relay(fails_at(2))):
        print("got", v)
except KeyError as e:
    print("caught", repr(e))
    tb = e.__traceback__
    while tb is not None:
        print("  in", tb.tb_frame.f_code.co_name, "line", tb.tb_lineno)
        tb = tb.tb_next
# StopIteration raised inside a generator becomes RuntimeError in the resumer
def stops():
    yield 1
    raise StopIteration("early")
def relay_stops():
    yield from stops()
for src in (stops, relay_stops):
    try:
        for v in src():
            print("value", v)
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
# a generator handles an exception raised by its delegate and keeps going
def catcher():
    try:
        yield from fails_at(1)
    except KeyError as e:
        print("catcher caught", repr(e), sys.exc_info()[0].__name__)
        yield "inside except"
        print("exc_info after resume", sys.exc_info()[0].__name__)
    yield "after except"
    print("exc_info at end", sys.exc_info())
for v in catcher():
    print("loop", v, sys.exc_info())
# the loop body raising while generators are suspended
g = guard(numbers(3))
try:
    for v in g:
        raise IndexError("body")
except IndexError as e:
    print("body raised", e, g.gi_running, g.gi_frame.f_lineno)
g.close()
# a generator that iterates itself
def selfish():
    for v in me:
        yield v
me = selfish()
try:
    for v in me:
        pass
except ValueError as e:
    print("ValueError", e)
# recursion through generators
def rec(n):
    if n:
        yield from rec(n - 1)
    yield n
print(sum(rec(200)))
try:
    for v in rec(3000):
        pass
except RecursionError as e:
    print("RecursionError", e)
def rec_for(n):
    if n:
        for v in rec_for(n - 1):
            yield v
    yield n
try:
    print(sum(rec_for(3000)))
except RecursionError as e:
    print("RecursionError", e)
print(sum(rec_for(100)))
