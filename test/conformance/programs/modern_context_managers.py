# context managers: class-based, contextmanager, ExitStack, suppress, redirect_stdout, nullcontext
import contextlib
import io
import sys


class Resource:
    opened = []

    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None}")
        if self.fail_exit:
            raise OSError(f"close of {self.name} failed")
        return exc_type is KeyError


with Resource("a") as a, Resource("b") as b:
    print("inside", a.name, b.name, Resource.opened)

with Resource("c"):
    raise KeyError("swallowed")
print("after swallowed")

try:
    with Resource("d", fail_exit=True):
        raise ValueError("inner")
except OSError as e:
    print("OSError", e, "context:", repr(e.__context__))


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print(f"  caught in {name}: {e}")
    finally:
        print(f"</{name}>")


with tag("html") as t1:
    with tag("body") as t2:
        print("  ", t1, t2)
        1 / 0
    print("  still in html")


@contextlib.contextmanager
def bad_gen():
    yield 1
    yield 2


try:
    with bad_gen():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran", "with", "args")

    @stack.push
    def on_exit(et, ev, tb):
        print("pushed exit sees", et)
        return False
    print("opened", Resource.opened)

with contextlib.ExitStack() as stack:
    stack.enter_context(Resource("keep"))
    moved = stack.pop_all()
print("moved:", Resource.opened)
moved.close()
print("after close:", Resource.opened)

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print("buffer:", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("err:", repr(err.getvalue()))

with contextlib.nullcontext(5) as n:
    print("null", n)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop", exc[0])
        return False


@Timer()
def work(x):
    print("working", x)
    return x + 1


print(work(1))


class Counter(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("abstract exit")


with Counter() as c:
    print(type(c).__name__)

with contextlib.closing(io.StringIO("abc")) as f:
    print(f.read())
print(f.closed)

try:
    with Resource("e") as e1:
        with contextlib.suppress(ValueError):
            raise TypeError("not suppressed")
except TypeError as e:
    print("outer got", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
