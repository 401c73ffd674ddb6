import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def deco(f):
    return f


def deco_factory(n):
    def wrap(f):
        return f
    return wrap


@deco
@deco_factory(
    2)
def decorated(a,
              b=1):
    return a + b


def outer():
    y = 10

    def inner(z):
        return y + z
    square = lambda v: (
        v * v)
    return inner(1) + square(3)


@deco
class K:
    attr = 1

    def method(self):
        return self.attr

    @property
    def prop(self):
        return 2


class Plain:
    """doc"""
    x = [i for i in range(2)]


sys.settrace(tracer)
print(decorated(1))
print(outer())
print(K().method(), K().prop)


def make_class():
    class Local:
        z = 3
    return Local.z


print(make_class())
sys.settrace(None)
