import contextlib, sys
class Res:
    def __init__(self, name, fail_exit=False):
        self.name, self.fail_exit = name, fail_exit
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise RuntimeError(f"exit of {self.name} failed")
        return et is KeyError

with Res("a") as a, Res("b") as b:
    print("body", a.name, b.name)
with Res("k"):
    raise KeyError("swallowed")
try:
    with Res("x"), Res("y", fail_exit=True):
        raise ValueError("inner")
except RuntimeError as e:
    print("caught", e, "ctx:", repr(e.__context__))

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
with tag("div"):
    1 / 0
try:
    with tag("span"):
        raise TypeError("bad")
except TypeError as e:
    print("propagated", e)

@contextlib.contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e:
    print("RE", e)
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e:
    print("RE", e)

with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Res(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran", 1, sep="|")
    @stack.push
    def on_exit(*exc):
        print("pushed exit", exc[0]); return False
    print("got", [r.name for r in rs])
try:
    with contextlib.ExitStack() as st:
        st.enter_context(Res("q", fail_exit=True))
        st.enter_context(Res("w"))
        raise KeyError("k")
except RuntimeError as e:
    print("ES:", e, repr(e.__context__))
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    open("/nonexistent/file")
print("after suppress")
with contextlib.suppress():
    pass
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden", end="!")
print(repr(buf.getvalue()))
class C(contextlib.ContextDecorator):
    def __enter__(self): print("start"); return self
    def __exit__(self, *e): print("end", e[0]); return False
@C()
def work(x): print("work", x); return x * 2
print(work(21))
with contextlib.nullcontext(5) as v: print(v)
@contextlib.contextmanager
def closing_like():
    try:
        yield
    finally:
        print("cleanup")
def gen():
    with closing_like():
        yield 1
        yield 2
g = gen(); print(next(g)); g.close()
print("end")
try:
    with Res("zz"):
        with contextlib.closing(io.StringIO("x")) as f:
            print(f.read())
            raise StopIteration("stop")
except StopIteration as e:
    print("SI", e)
