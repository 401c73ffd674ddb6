import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def try_else_finally(x):
    try:
        y = 1 / x
    except ZeroDivisionError:
        y = 0
    else:
        y += 1
    finally:
        y *= 2
    return y


def finally_raise():
    try:
        return 1
    finally:
        raise ValueError('f')


def except_reraise():
    try:
        try:
            raise KeyError('k')
        except KeyError:
            raise
    except KeyError as e:
        return 'outer'


def break_in_finally():
    for i in range(3):
        try:
            pass
        finally:
            break
    return i


def exc_in_except():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}['x']
    except KeyError:
        return 'k'


def multi_except(v):
    try:
        if v == 1:
            raise KeyError
        elif v == 2:
            raise IndexError
        return 'none'
    except (KeyError,
            IndexError) as e:
        return type(e).__name__


sys.settrace(tracer)
print(try_else_finally(0), try_else_finally(1))
try:
    finally_raise()
except ValueError:
    print('ve')
print(except_reraise())
print(break_in_finally())
print(exc_in_except())
print(multi_except(1), multi_except(2), multi_except(3))
sys.settrace(None)
