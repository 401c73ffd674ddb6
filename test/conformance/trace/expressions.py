import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


class Obj:
    n = 0


def exprs(a, b):
    o = Obj()
    o.n += 1
    d = {'k': 1}
    d['k'] += (a +
               b)
    a += 2
    ok = 1 < a < 10
    both = (a and
            b)
    either = (not a or
              b)
    s = f'{a} and {b!r:>4}'
    t = (f'{a}'
         f'{b}')
    u = (a
         + b
         * 2)
    v = a if b else (
        b)
    o.n = (a +
           1)
    del d['k']
    assert a, 'msg'
    assert (a >
            0), (
        'multi')
    return o.n, d, ok, both, either, s, t, u, v


sys.settrace(tracer)
print(exprs(1, 2))
try:
    exprs(-2, 0)
except AssertionError as e:
    print('assert', e)
sys.settrace(None)
