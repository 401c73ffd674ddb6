import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def comps(n):
    a = [i * 2 for i in range(n)]
    b = [i for i in
         range(n)
         if i % 2]
    c = {i: i * i for i in range(n)}
    d = {i % 2 for i in range(n)}
    e = list(i + 1 for i in range(n))
    f = [(i, j) for i in range(2) for j in range(2) if i != j]
    return a, b, c, d, e, f


sys.settrace(tracer)
print(comps(3))
sys.settrace(None)
