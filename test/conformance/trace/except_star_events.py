# sys.settrace through except*: a clause raising, a bare raise, a multi-line clause header, a
# runtime TypeError from except* ExceptionGroup, except* with finally, and the caller's events.
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name.startswith('case') or frame.f_code.co_name == 'main':
        print(event, frame.f_code.co_name, frame.f_lineno, type(arg[1]).__name__ if event == 'exception' else '')
    return tracer
def case1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise OSError("in clause")
    except* TypeError as t:
        t.add_note("x")
        raise
    except* (IndexError,
             KeyError):
        pass
def case2():
    try:
        raise ValueError("bare")
    except* ExceptionGroup:
        pass
def case3():
    x = 0
    try:
        x += 1
    except* (ValueError):
        x += 2
    finally:
        x += 3
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        x += 4
    finally:
        x += 5
    return x
def main():
    for c in (case1, case2, case3):
        try:
            print(c())
        except BaseException as e:
            print("->", type(e).__name__)
sys.settrace(tracer)
main()
sys.settrace(None)
