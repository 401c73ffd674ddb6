# an uncaught exception whose cause is an exception group with chained members (a shared context shown once)
import sys
def inner():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
def make():
    errs = []
    for f in (inner, lambda: {}["k"]):
        try: f()
        except Exception as e: errs.append(e)
    shared = RuntimeError("shared")
    errs[1].__context__ = shared
    try:
        raise OSError("ctx of group")
    except OSError:
        try:
            raise ExceptionGroup("top", errs + [ExceptionGroup("sub", [shared])])
        except ExceptionGroup as g:
            raise TypeError("outer") from g
make()
