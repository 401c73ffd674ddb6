"""A data pipeline built from generator coroutines: send/throw/close, yield from, contextlib."""
import contextlib
import traceback
from collections import deque
from functools import wraps


def coroutine(fn):
    @wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


class Reset(Exception):
    pass


@coroutine
def averager(sink):
    total = count = 0
    try:
        while True:
            try:
                value = yield
            except Reset:
                print("  averager: reset at", count)
                total = count = 0
                continue
            total += value
            count += 1
            sink.send(round(total / count, 3))
    finally:
        print("  averager closed after", count)
        sink.close()


@coroutine
def window(size, sink):
    buf = deque(maxlen=size)
    try:
        while True:
            buf.append((yield))
            if len(buf) == size:
                sink.send(tuple(buf))
    finally:
        sink.close()


@coroutine
def collector(name, out):
    try:
        while True:
            item = yield
            out.append(item)
    except GeneratorExit:
        print(f"  {name}: {len(out)} items collected")
        raise


def chunks(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def delegator():
    result = yield from subtask()
    print("  subtask returned", result)
    yield result * 2


def subtask():
    got = []
    while (x := (yield len(got))) is not None:
        got.append(x)
    return sum(got)


results = []
avg = averager(window(3, collector("windows", results)))
for v in [3, 5, 7, 11, 13]:
    avg.send(v)
avg.throw(Reset)
for v in [2, 4]:
    avg.send(v)
avg.close()
print(results)
print(avg.gi_frame, avg.gi_running)

print(list(chunks(range(7), 3)), list(flatten([1, [2, [3, (4, 5)], []], 6])))
d = delegator()
print(next(d), d.send(10), d.send(20), d.send(None))
try:
    next(d)
except StopIteration as e:
    print("done:", e.value)


@contextlib.contextmanager
def stage(name, log):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} swallowed {e!r}")
    else:
        log.append(f"{name} ok")
    finally:
        log.append(f"exit {name}")


log = []
with stage("load", log) as s1, stage("parse", log) as s2:
    log.append(s1 + s2)
    {}["missing"]
with contextlib.suppress(ZeroDivisionError), stage("calc", log):
    1 / 0
print(log)

with contextlib.ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(stage(n, log))
    stack.callback(log.append, "callback ran")
print(log[-7:])

gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))


def failing():
    yield 1
    raise ValueError("bad record")


try:
    for x in failing():
        pass
except ValueError:
    tb = traceback.format_exc().splitlines()
    print(tb[0], "|", tb[-1], "|", len(tb))
g = failing()
next(g)
g.close()
print(g.gi_frame is None, list(g))
try:
    g2 = failing(); next(g2); g2.throw(KeyError("k"))
except KeyError as e:
    print("thrown back:", repr(e))
