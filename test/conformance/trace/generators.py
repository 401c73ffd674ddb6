import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def gen(n):
    for i in range(n):
        yield i
    yield (n +
           1)
    return 'done'


def genexp_user():
    return sum(x * 2
               for x in range(3))


sys.settrace(tracer)
print(list(gen(2)))
print(genexp_user())
g = gen(3)
print(next(g))
print(next(g))
g.close()
sys.settrace(None)
