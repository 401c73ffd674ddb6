# A jump straight to a `return` on another line: the return's line is traced when the
# jump reaches it (the jump may become a copy of the return only where both share a line).
import sys

out = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    out.append(f"{frame.f_code.co_name}:{event}:{frame.f_lineno - frame.f_code.co_firstlineno}")
    return tracer


def ifexp_return(n):
    return (
        "big"
        if n > 100
        else "small"
    )


def ifexp_one_line(n):
    return "big" if n > 100 else "small"


def nested_ifexp(n):
    return (
        "neg" if n < 0 else
        "zero" if n == 0 else
        "pos"
    )


def lambda_body(n):
    f = lambda m: (
        m
        if m else
        -1
    )
    return f(n)


def yield_value(n):
    yield (
        n
        if n else
        None
    )


for n in (500, 5):
    sys.settrace(tracer)
    ifexp_return(n)
    ifexp_one_line(n)
    sys.settrace(None)
for n in (-1, 0, 1):
    sys.settrace(tracer)
    nested_ifexp(n)
    lambda_body(n)
    list(yield_value(n))
    sys.settrace(None)
print("\n".join(out))
