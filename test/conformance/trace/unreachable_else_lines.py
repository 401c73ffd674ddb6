# sys.settrace: an `else:` after a try body that always raises is never reached, and its
# line must not leak onto the code after it (a finally's entry, the statement after the try).
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name.startswith('case'):
        print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return tracer
def case1():
    try:
        raise ValueError(2)
    except* ValueError:
        4
    else:
        6
    finally:
        8
def case2():
    try:
        raise ValueError(2)
    except* ValueError as e:
        x = 4
    else:
        y = 6
    finally:
        z = 8
def case3():
    try:
        raise KeyError(1)
    except* KeyError:
        pass
    else:
        'unreached'
    return 7
def case4():
    for i in range(2):
        try:
            raise ValueError(i)
        except* ValueError:
            x = i
        else:
            7
        finally:
            9
sys.settrace(tracer)
case1()
case2()
case3()
case4()
sys.settrace(None)
