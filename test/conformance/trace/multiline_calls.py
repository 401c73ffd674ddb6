import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, extra=0):
        return self.v + extra


def f(a, b, c=0):
    return a + b + c


def calls():
    x = f(
        1,
        2)
    y = f(1,
          b=2,
          c=3)
    box = Box(5)
    z = box.get(
        1)
    w = (box
         .get(2))
    u = box.get(extra=(
        3))
    v = f(*[1, 2],
          **{'c': 4})
    return x + y + z + w + u + v


sys.settrace(tracer)
print(calls())
sys.settrace(None)
