import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def literals(a):
    d = {
        'a': a,
        'b': a + 1,
    }
    e = {a: 1,
         a + 1: 2}
    lst = [
        a,
        a * 2,
    ]
    consts = [
        1,
        2,
        3,
    ]
    t = (a,
         a)
    s = {a,
         a + 5}
    sub = lst[
        0]
    sl = lst[0:
             1]
    return d, e, lst, consts, t, s, sub, sl


sys.settrace(tracer)
print(literals(3))
sys.settrace(None)
