# Line events of constant tests on lines of their own: the compiler folds a constant true
# test away, but the line it stood on keeps its event (3.11 keeps a NOP for it).
import sys

out = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    out.append(f"{frame.f_code.co_name}:{event}:{frame.f_lineno - frame.f_code.co_firstlineno}")
    return tracer


def ifexp_true():
    a = (1 if
         True else
         2)
    return a


def ifexp_false():
    a = (1 if
         False else
         2)
    return a


def if_or():
    if (0 or
            1):
        pass
    while (False and
           1):
        pass
    x = (not
         None)
    return x


def if_and_multiline(flag):
    if (flag and
            "nonempty" and
            flag):
        return "yes"
    return "no"


def while_true_multiline():
    n = 0
    while (
        True
    ):
        n += 1
        if n == 2:
            break
    return n


def assert_constant():
    assert (
        1
    ), "never"
    return "ok"


def same_line():
    while True:
        break
    return 1 if True else 2


sys.settrace(tracer)
ifexp_true()
ifexp_false()
if_or()
if_and_multiline(1)
if_and_multiline(0)
while_true_multiline()
assert_constant()
same_line()
sys.settrace(None)
print("\n".join(out))


def if_constant_multiline():
    if (
        True
    ):
        a = 1
    if (
        0
    ):
        a = 2
    elif (
        "x"
    ):
        a = 3
    while (
        None
    ):
        a = 4
    return a


out.clear()
sys.settrace(tracer)
if_constant_multiline()
sys.settrace(None)
print("\n".join(out))
