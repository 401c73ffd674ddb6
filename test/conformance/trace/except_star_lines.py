# sys.settrace through try/except*: line events of matching and skipped clauses, else/finally, a
# clause raising, the rest re-raised (its return event has f_lineno None), continue in a loop inside.
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name.startswith('case'):
        print(event, frame.f_code.co_name, frame.f_lineno, type(arg[1]).__name__ if event == 'exception' else '')
    return tracer
def case1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        x = 1
    except* TypeError:
        pass
    else:
        y = 2
    return 3
def case2():
    try:
        z = 0
    except* ValueError:
        pass
    else:
        y = 2
    finally:
        w = 1
def case3():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError(2)
    except* TypeError:
        pass
def case4():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
def case5():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            for j in range(1):
                continue
sys.settrace(tracer)
case1(); case2()
for c in (case3, case4):
    try:
        c()
    except BaseException as e:
        print("->", repr(e))
case5()
sys.settrace(None)
