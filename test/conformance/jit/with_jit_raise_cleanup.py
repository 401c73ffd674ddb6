# Exceptions unwinding to a `with` block's cleanup in compiled code: __exit__ sees the
# exception as sys.exc_info() and in its traceback; a swallowed one restores the exception
# handled before; a re-raise keeps its traceback and its frame's line; nested withs, a with
# in an except clause and in a try/finally; results whose truth runs __bool__.
import sys
import threading
import traceback
from contextlib import contextmanager, suppress, ExitStack

class Probe:
    def __init__(self, result):
        self.result = result
        self.log = []
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        info = sys.exc_info()
        self.log.append((t and t.__name__, info[1] is v, tb and [(fs.name, fs.lineno) for fs in traceback.extract_tb(tb)]))
        return self.result

def body(cm, i):
    with cm:
        if i % 2:
            raise ValueError(i)
        return i

def swallow_or_not(n, result):
    cm = Probe(result)
    got = []
    for i in range(n):
        try:
            got.append(body(cm, i))
        except ValueError as e:
            got.append(('caught', e.args[0], [fs.lineno for fs in traceback.extract_tb(e.__traceback__)]))
    return got[-2:], cm.log[-1], len(cm.log)

print(swallow_or_not(300, True))
print(swallow_or_not(300, False))

class Truth:
    def __init__(self, b):
        self.b = b
        self.calls = 0
    def __bool__(self):
        self.calls += 1
        return self.b

def bool_results(n):
    out = []
    for b in (True, False):
        t = Truth(b)
        cm = Probe(t)
        k = 0
        for i in range(n):
            try:
                with cm:
                    raise KeyError(i)
                k += 1
            except KeyError:
                k += 100
        out.append((k, t.calls))
    return out

print(bool_results(200))

def restore(n):
    cm = Probe(True)
    seen = []
    for i in range(n):
        try:
            raise LookupError('outer %d' % i)
        except LookupError:
            with cm:
                raise IndexError(i)
            seen.append(repr(sys.exc_info()[1]))
        seen.append(sys.exc_info())
    return seen[-2:], cm.log[-1][:2]

print(restore(200))

def nested(n):
    a, b = Probe(False), Probe(True)
    k = 0
    for i in range(n):
        with a:
            with b:
                if i % 3 == 0:
                    raise TypeError(i)
                k += 1
            k += 10
    return k, len(a.log), len(b.log), a.log[-1][0], b.log[-1][0]

print(nested(300))

def nested_reraise(n):
    a, b = Probe(False), Probe(False)
    k = 0
    for i in range(n):
        try:
            with a:
                with b:
                    try:
                        raise OSError(i)
                    finally:
                        k += 1
        except OSError as e:
            k += 10
            last = [fs.lineno for fs in traceback.extract_tb(e.__traceback__)]
    return k, last, a.log[-1], b.log[-1][0]

print(nested_reraise(300))

def in_finally(n):
    cm = Probe(True)
    k = 0
    for i in range(n):
        try:
            with cm:
                k += 1
                raise RuntimeError(i)
        finally:
            k += 2
    return k, sys.exc_info()

print(in_finally(300))

def library(n):
    lock = threading.Lock()
    k = 0
    for i in range(n):
        with suppress(ZeroDivisionError):
            k += 1 // (i % 2)
        try:
            with lock:
                raise KeyError(i)
        except KeyError:
            k += 100
        with ExitStack() as st:
            st.enter_context(suppress(IndexError))
            [][i]
    return k, lock.locked()

print(library(300))

@contextmanager
def catching(kind):
    try:
        yield
    except kind as e:
        caught.append(type(e).__name__)

caught = []

def via_generator(n):
    k = 0
    for i in range(n):
        try:
            with catching(ValueError):
                raise (ValueError if i % 2 else KeyError)(i)
        except KeyError:
            k += 1
    return k, len(caught), caught[-1]

print(via_generator(300))

class Tracing:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is IndexError:
            sys.settrace(lambda *a: None)
            sys.settrace(None)
        return t is IndexError

def hook_in_exit(n):
    cm = Tracing()
    k = 0
    for i in range(n):
        with cm:
            if i == n - 5:
                raise IndexError(i)
            k += 1
    return k

print(hook_in_exit(300))

def frame_line(n):
    cm = Probe(None)
    for i in range(n):
        try:
            body(cm, i)
        except ValueError as e:
            tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_frame.f_code.co_name

print(frame_line(300))

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise RuntimeError('from exit, with %s' % v)

def exit_raises(n):
    cm = ExitRaises()
    for i in range(n):
        with cm:
            if i == n - 1:
                raise ValueError('last')

exit_raises(300)
