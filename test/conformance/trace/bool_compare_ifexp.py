import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def tuples(a):
    t = (1,
         2)
    u = (a,
         2)
    x, y = (0, 1) if False else (2,
                                        3)
    return t, u, x, y


def boolvals(a, b, c):
    r = (a or
         b or
         c)
    s = (a and b
         and c)
    n = not (a
             or b)
    return r, s, n


def cmp_chain(a):
    return (0 <
            a <=
            10)


def nested_if(a, b):
    if a:
        if b:
            return 1
        else:
            return 2
    elif b:
        return 3
    return 4


def ifexp_stmt(a):
    x = (1
         if a
         else 2)
    return x


sys.settrace(tracer)
print(tuples(5))
print(boolvals(0, 0, 3), boolvals(1, 2, 3))
print(cmp_chain(5), cmp_chain(50))
print(nested_if(1, 1), nested_if(1, 0), nested_if(0, 1), nested_if(0, 0))
print(ifexp_stmt(0), ifexp_stmt(1))
sys.settrace(None)
