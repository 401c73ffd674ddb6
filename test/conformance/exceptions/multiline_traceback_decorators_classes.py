def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def bad(f):
    raise RuntimeError('deco')


def ok(f):
    return f


try:
    @ok
    @bad
    def f():
        pass
except RuntimeError as e:
    print(lines(e.__traceback__))

try:
    @ok
    class C(
            object,
            metaclass=lambda *a: 1 / 0):
        x = 1
except ZeroDivisionError as e:
    print(lines(e.__traceback__))

try:
    class D:
        y = 1
        z = (y +
             'a')
except TypeError as e:
    print(lines(e.__traceback__))


def gen():
    x = yield (
        1)
    yield x.missing


g = gen()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print(lines(e.__traceback__))

try:
    for i in (
            1, 2,
            None):
        i + 1
except TypeError as e:
    print(lines(e.__traceback__))

try:
    with open_it(
            1) as f:
        pass
except NameError as e:
    print(lines(e.__traceback__))

try:
    x = [
        1,
        2][
        5]
except IndexError as e:
    print(lines(e.__traceback__))
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(lines(e.__traceback__))
try:
    from math import (
        floor,
        nothing_here)
except ImportError as e:
    print(lines(e.__traceback__))
