# Functions whose 3.7 disassembly is given in CPython 3.7's Lib/test/test_dis.py
# (the expected listings here agree with those, line numbers aside).
def loop_over_range():
    for res in range(1,
                     10):
        pass

def assert_with_listcomp(x=[]):
    assert 0, ([s for s in x] +
              1)
    pass

def catch_traceback():
    try:
        1 / 0
    except Exception as e:
        tb = e.__traceback__
    return tb

def fstring(a, b, c, d):
    return f'{a} {b:4} {c!r} {d!r:4}'

def nested(y):
    def foo(x):
        '''funcdoc'''
        return [x + z for z in y]
    return foo

def outer(a=1, b=2):
    def f(c=3, d=4):
        def inner(e=5, f=6):
            print(a, b, c, d, e, f)
        print(a, b, c, d)
        return inner
    print(a, b, '', 1, [], {}, "Hello world!")
    return f

def jumpy():
    for i in range(10):
        print(i)
        if i < 4:
            continue
        if i > 6:
            break
    else:
        print("else clause")
    while i:
        print(i)
        i -= 1
        if i > 6:
            continue
        if i < 4:
            break
    else:
        print("while else")
    try:
        1 / 0
    except ZeroDivisionError:
        print("handler")
    else:
        with i as dodgy:
            print("never")
    finally:
        print("finally")
