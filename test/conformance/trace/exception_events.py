import sys


def tracer(frame, event, arg):
    if event == "exception":
        print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__)
    else:
        print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def inner(a):
    return {}[
        a]


def middle(a):
    return inner(
        a)


def outer():
    try:
        middle(
            'k')
    except KeyError:
        pass
    try:
        x = [1,
             2,
             middle('j')]
    finally:
        print('fin')


def gen_multi():
    x = yield (
        1)
    y = (yield
         x)
    return y


sys.settrace(tracer)
try:
    outer()
except KeyError:
    print('outer raised')
g = gen_multi()
print(next(g))
print(g.send(7))
try:
    g.send(8)
except StopIteration as e:
    print('stop', e.value)
sys.settrace(None)
