import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def cont(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
        else:
            continue
    return n


def nested_ifexp(x):
    z = (x if x % 2 else x // 2) if x > 2 else 0
    return z


def if_in_while(n):
    while n:
        if n % 2:
            n -= 1
        else:
            n -= 1
    return n


sys.settrace(tracer)
print(cont([1, 0]))
print(nested_ifexp(3), nested_ifexp(4), nested_ifexp(1))
print(if_in_while(2))
sys.settrace(None)
