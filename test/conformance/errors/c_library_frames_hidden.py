# Library code CPython implements in C leaves no frames in tracebacks (datetime, decimal, functools' C parts, io, itertools, bisect)
import functools, itertools, bisect, io, decimal
@functools.lru_cache
def f(x):
    return 1 / x
def cmp(a, b):
    return a.missing
try:
    sorted([1, 2], key=functools.cmp_to_key(cmp))
except AttributeError:
    import traceback; traceback.print_exc()
try:
    functools.reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError:
    import traceback; traceback.print_exc()
try:
    io.StringIO().write(3)
except TypeError:
    import traceback; traceback.print_exc()
try:
    decimal.Decimal(1) / 0
except decimal.DivisionByZero:
    import traceback; traceback.print_exc()
datetime_error = None
import datetime
datetime.date(2020, 13, 1)
