# Compiled bodies called across many check intervals (calls and loops in bodies), and
# attribute reads that only the slow path takes (a class's attribute, a native getset, a
# property, a tuple field) in bodies compiled after the eval loop has seen them.
from collections import namedtuple


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    def grow(self, k):
        for _ in range(k):
            self.w += 1
        return self


class Square(Shape):
    def __init__(self, s):
        Shape.__init__(self, s, s)


Point = namedtuple('Point', 'x y')


def step(i, log):
    try:
        if i % 5 == 0:
            raise AppError(i)
        if i % 7 == 0:
            raise KeyError(i)
        return i
    except KeyError as e:
        log.append(e.args[0])
        return -e.args[0]
    finally:
        log.append(None)


def measure(shape, p):
    return shape.area + p.x * p.y


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def main(n):
    log = []
    total = 0
    codes = 0
    for i in range(n):
        try:
            total += step(i, log)
        except AppError as e:
            codes += e.code + len(e.args)
        s = Square(i % 9) if i % 2 else Shape(i % 4, 3)
        total += measure(s.grow(i % 3), Point(i % 5, 2))
        total += depth(i % 20)
    return total, codes, len(log), sum(x for x in log if x is not None)


print(main(30000))
print(main(3))
