import math  # imported before tracing: a first import runs importlib's Python code
import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


counter = 0


def misc(x,
         y=(1,
            2),
         *,
         z=3):
    global counter
    import math
    from math import floor as fl
    counter += 1
    a, (b,
        c) = 1, (2, 3)
    if x:
        raise ValueError(
            'bad',
            x)
    return math.floor(1.5) + a + b + c + z + len(y)


def one_liners(v):
    a = 1; b = 2
    if v: return a
    return b


def empty_body():
    ...


sys.settrace(tracer)
print(misc(0))
try:
    misc(1)
except ValueError as err:
    print(err.args)
print(one_liners(1), one_liners(0))
print(empty_body())
sys.settrace(None)
