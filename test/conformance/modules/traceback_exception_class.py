# traceback.TracebackException: from_exception, format, format_exception_only, print, the chain
import sys
import traceback

def inner():
    raise KeyError("missing")

def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("wrapped") from e

try:
    outer()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te))
    print(len(te.stack), [f.name for f in te.stack])
    print(type(te.__cause__).__name__, str(te.__cause__), te.__suppress_context__, te.__context__)
    print(list(te.format_exception_only()))
    for line in te.format(chain=False):
        print(line, end="", file=sys.stderr)
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print("".join(te2.format()), file=sys.stderr)
    te2.print(file=sys.stderr)
    te2.print()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, limit=-1)
    print(str(te.__context__), te.__cause__)
    print("".join(te.format()), file=sys.stderr)
try:
    compile("x = (1,\n 2 +)", "cfg.py", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, repr(te.lineno), te.offset, repr(te.text), te.msg)
    print("".join(te.format_exception_only()))
eg = ExceptionGroup("many", [ValueError("a"), TypeError("b")])
te = traceback.TracebackException.from_exception(eg)
print([str(x) for x in te.exceptions])
print("".join(te.format()), file=sys.stderr)
