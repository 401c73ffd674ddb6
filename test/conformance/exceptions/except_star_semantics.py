# except*: clauses splitting a group, a bare exception wrapped in ExceptionGroup('', (e,)), the rest
# re-raised in the group's shape, bare raise vs raise g, exceptions raised in clauses, else/finally,
# sys.exc_info() in a clause, and the runtime TypeErrors for ExceptionGroup and non-exception classes.
import sys
def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, type(e).__name__, repr(e), e.__traceback__ is not None)
        return e
eg = None
def a():
    global eg
    eg = ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    try:
        raise eg
    except* ValueError:
        raise
r = show("full reraise", a); print(r is eg)
def b():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
show("naked reraise", b)
def c():
    try:
        raise ValueError(1)
    except* TypeError:
        pass
show("naked unmatched", c)
def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('k')
e = show("raised+rest", d); print(repr(e.exceptions[0].__context__), e.exceptions[1] .__traceback__ is not None)
def d2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('k')
    except* TypeError:
        pass
e = show("raised only", d2); print(repr(e.__context__))
def f2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as g:
        raise g
    except* TypeError:
        raise
e = show("raise g + reraise", f2)
def f3():
    g0 = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    g0.add_note("n")
    try:
        raise g0
    except* ValueError:
        raise
e = show("note reraise", f3)
def f4():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        print("in handler", repr(g), repr(sys.exc_info()[1]), repr(sys.exception()) if hasattr(sys, 'exception') else '')
    print("after", sys.exc_info())
    try:
        raise KeyError(1)
    except* KeyError as g:
        print("wrapped", repr(g), g.__traceback__ is not None)
    try:
        raise ExceptionGroup("x", [KeyError(1)])
    except* ExceptionGroup:
        pass
show("f4", f4)
def f5():
    try:
        raise ExceptionGroup("x", [KeyError(1)])
    except* (KeyError, ExceptionGroup):
        pass
show("f5", f5)
def f6():
    try:
        raise ExceptionGroup("x", [KeyError(1)])
    except* int:
        pass
show("f6", f6)
def f7():
    try:
        raise ExceptionGroup("x", [KeyError(1), ValueError(2)])
    except* KeyError:
        print("k")
    except* (ValueError, KeyError) as g:
        print("v", repr(g))
    else:
        print("else")
    finally:
        print("finally")
show("f7", f7)
def f8():
    try:
        print("body")
    except* KeyError:
        print("k")
    else:
        print("else")
    finally:
        print("finally")
    return 5
print(f8())
class MyEG(ExceptionGroup):
    def derive(self, excs):
        print("derive", excs)
        return MyEG(self.message + "!", excs)
def f9():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
    except* ValueError as g:
        print("matched", type(g).__name__, repr(g))
    except* KeyError as g:
        print("matched", type(g).__name__, repr(g))
        raise
e = show("f9", f9); print(type(e).__name__)
def f10():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("loop", [ValueError(i)])
        except* ValueError:
            for j in range(5):
                if j == 1:
                    break
            print("handled", i, j)
        finally:
            print("finally", i)
    return "done"
print(f10())
def f11():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as g:
        pass
    return 'g' in locals()
print("name cleared", not f11())
def f12():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise OSError("b")
e = show("two raised", f12)
print([repr(x.__context__) for x in e.exceptions])
def f13():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as g:
        print("both", repr(g))
show("f13", f13)
def f14():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as g:
        print(type(g).__name__, repr(g))
show("f14", f14)
def f15():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        1 / 0
e = show("f15", f15)
print(repr(e.__context__))
