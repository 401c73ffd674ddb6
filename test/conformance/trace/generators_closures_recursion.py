import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')


def closures(n):
    def add(k):
        return k + n
    fs = [lambda x, i=i: x + i for i in range(2)]
    return add(1) + fs[1](1)


def raiser(n):
    if n:
        raise KeyError(n)
    return n


def caller():
    try:
        raiser(1)
    except KeyError:
        return 'caught'


def while_try():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        except Exception:
            pass
    return n


def cond_loop(xs):
    return [x if x else -1
            for x in xs
            if x is not None]


def with_in_for():
    class C:
        def __enter__(s):
            return s
        def __exit__(s, *a):
            return False
    for i in range(2):
        with C() as c:
            if i == 1:
                return i


def recurse(n):
    if n == 0:
        return 0
    return recurse(n - 1) + 1


sys.settrace(tracer)
for v in g():
    print(v)
gg = g()
next(gg)
gg.close()
print(closures(5))
print(caller())
print(while_try())
print(cond_loop([1, 0, None]))
print(with_in_for())
print(recurse(2))
sys.settrace(None)
