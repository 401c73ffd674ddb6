# A tiny unit-test runner: assert messages, traceback.format_exc/print_exc, sys.exc_info, extract_tb
import os
import sys
import traceback

class StripFolder:
    """stdout without the program's folder, so the printed tracebacks read the same on any machine."""
    def __init__(self, stream):
        self.stream = stream
    def write(self, text):
        return self.stream.write(text.replace(os.getcwd() + os.sep, ""))
    def flush(self):
        self.stream.flush()

sys.stdout = StripFolder(sys.stdout)

class SkipTest(Exception):
    pass

TESTS = []
def test(fn):
    TESTS.append(fn)
    return fn

def skip(reason):
    def deco(fn):
        def wrapper():
            raise SkipTest(reason)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

def helper_divide(a, b):
    return a / b

def deep(n):
    if n == 0:
        return {}["missing"]
    return deep(n - 1)

@test
def test_ok():
    assert 1 + 1 == 2

@test
def test_assert_msg():
    x = [1, 2, 3]
    assert len(x) == 4, f"expected 4 items, got {len(x)}: {x}"

@test
def test_bare_assert():
    assert 2 < 1

@test
def test_zero():
    helper_divide(1, 0)

@test
def test_deep():
    deep(3)

@test
@skip("not ready")
def test_skipped():
    pass

@test
def test_chained():
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e

@test
def test_context():
    try:
        [][1]
    except IndexError:
        x = None
        x.upper()

@test
def test_attr():
    class P:
        __slots__ = ("a",)
    P().b = 1

results = {"pass": 0, "fail": 0, "error": 0, "skip": 0}
for t in TESTS:
    try:
        t()
    except SkipTest as e:
        results["skip"] += 1
        print(f"{t.__name__}: SKIP ({e})")
    except AssertionError:
        results["fail"] += 1
        etype, value, tb = sys.exc_info()
        print(f"{t.__name__}: FAIL {etype.__name__}: {value!s} args={value.args}")
        frames = traceback.extract_tb(tb)
        print("  at", [(f.name, f.lineno, f.line) for f in frames])
    except Exception:
        results["error"] += 1
        print(f"{t.__name__}: ERROR")
        print(traceback.format_exc(), end="")
    else:
        results["pass"] += 1
        print(f"{t.__name__}: ok")
print(results)
print(sys.exc_info())

try:
    deep(1)
except KeyError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
    lines = traceback.format_exception(*sys.exc_info())
    print(len(lines), lines[0], end="")
    print(traceback.format_exception_only(sys.exc_info()[0], sys.exc_info()[1]))
try:
    helper_divide(1, 0)
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, repr(fs.line))
    print(traceback.format_tb(e.__traceback__)[-1], end="")
stack = traceback.extract_stack()
print(len(stack) >= 1, stack[-1].name)
def where():
    return traceback.format_stack(limit=2)
print("".join(where()), end="")
e = ValueError("boom")
e.add_note("note one")
e.add_note("note two")
print("".join(traceback.format_exception(e)), end="")
print(traceback.format_exception_only(e))
traceback.print_exception(TypeError("printed to stderr"))
