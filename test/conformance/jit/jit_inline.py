# Small functions called from hot loops, which tpy's loop compiler runs inline while the
# name still refers to them: rebound part-way, raising part-way (the traceback shows the
# callee), closures, branches, globals changed, a profiler switched on inside the loop.
import sys

SCALE = 2


def area(w, h):
    return w * h * SCALE


def sign(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    return 1


def inv(x):
    return 1 / x


def total_area(n):
    t = 0
    for i in range(n):
        t += area(i, i + 1) + sign(i - n // 2)
        if i == n // 2:
            set_scale(3)
    return t


def set_scale(v):
    global SCALE
    SCALE = v


print(total_area(1000))


def rebind(n):
    global area
    t = 0
    for i in range(n):
        t += area(i, 2)
        if i == 300:
            area = lambda w, h: -w
    return t


print(rebind(600))


def inverses(xs):
    t = 0.0
    for x in xs:
        t += inv(x)
    return t


print(round(inverses([float(i) for i in range(1, 800)]), 9))
try:
    inverses([1.0] * 500 + [0.0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print('ZeroDivisionError', lines)


def make_scaler(k):
    def scale(x):
        return x * k + (x > 10)
    return scale


scaler = make_scaler(3)


def scaled(n):
    t = 0
    for i in range(n):
        t += scaler(i)
    return t


print(scaled(900))


class Pt:
    def __init__(self, x):
        self.x = x


def px(p):
    return p.x


def sum_x(ps):
    t = 0
    for p in ps:
        t += px(p)
    return t


print(sum_x([Pt(i) for i in range(700)]))
calls = []


def prof(frame, event, arg):
    if event == 'call':
        calls.append(frame.f_code.co_name)


def profiled(n):
    t = 0
    for i in range(n):
        t += sign(i - 5)
        if i == n - 4:
            sys.setprofile(prof)
    sys.setprofile(None)
    return t


print(profiled(800), calls)
print(inverses([2.0] * 300 + ['x']))
