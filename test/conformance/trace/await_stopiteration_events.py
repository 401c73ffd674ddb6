# 'exception' events for StopIteration at an await: 3.11's SEND, while tracing, calls send() on
# an awaited coroutine, so its end is always reported (with or without a value); a generator
# delegate ending with None under next() is not.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name != '<module>':
        extra = arg[0].__name__ + repr(arg[1].args) if event == 'exception' else ''
        print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, extra)
    return tracer

class Suspend:
    def __await__(self):
        yield "paused"

async def leaf():
    await Suspend()

async def value():
    return 4

async def nothing():
    pass

async def mid():
    await leaf()
    await nothing()
    v = await value()
    return v

def inner():
    yield 1

def outer():
    yield from inner()
    return 5

def drive():
    c = mid()
    print(c.send(None))
    try:
        c.send(None)
    except StopIteration as e:
        print("done", e.value)
    c = mid()
    print(c.send(None))
    try:
        c.send(7)
    except StopIteration as e:
        print("done", e.value)
    g = outer()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("done", e.value)

sys.settrace(tracer)
drive()
sys.settrace(None)
