# traceback.format_exception/print_exception with an explicit tb (old style), None, and mismatched arguments
import traceback, sys, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(lines): print("".join(lines).replace(HERE, ""), end="")
def inner(): raise ValueError("inner")
def outer():
    try:
        inner()
    except ValueError as e:
        raise KeyError("outer") from e
try:
    outer()
except KeyError as e:
    exc = e
show((traceback.format_exception(exc)))
print("---")
show((traceback.format_exception(type(exc), exc, None)))
print("---")
show((traceback.format_exception(type(exc), exc, exc.__traceback__.tb_next)))
print("---")
show((traceback.format_exception(type(exc), exc, exc.__traceback__, chain=False)))
print("---")
import io; buf = io.StringIO(); traceback.print_exception(type(exc), exc, None, file=buf); show([buf.getvalue()])
print(traceback.format_exception(None), traceback.format_exception(None, None, None), traceback.format_exception_only(type(exc), exc), traceback.format_exception_only(exc))
for args in [(ValueError, ValueError("x")), (3,)]:
    try: traceback.format_exception(*args)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
