import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def handled():
    try:
        x = 1
        {}['k']
    except KeyError as e:
        x = 2
    except ValueError:
        x = 3
    else:
        x = 4
    finally:
        x += 10
    return x


def unhandled():
    try:
        raise ValueError('v')
    except KeyError:
        pass
    finally:
        y = 1


def return_in_finally():
    try:
        return 1
    finally:
        return 2


def return_through_finally():
    try:
        return 'body'
    finally:
        z = 3


def bare_except():
    try:
        1 / 0
    except:
        pass
    try:
        pass
    except:
        pass
    return 'ok'


def nested():
    try:
        try:
            raise KeyError('a')
        finally:
            n = 1
    except KeyError:
        n = 2
    return n


sys.settrace(tracer)
print(handled())
try:
    unhandled()
except ValueError:
    pass
print(return_in_finally())
print(return_through_finally())
print(bare_except())
print(nested())
sys.settrace(None)
