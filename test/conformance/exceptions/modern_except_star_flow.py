# except*: contexts of exceptions raised in handlers, else/finally, nesting, groups kept by type, raise ... from a group, BaseExceptionGroup leftovers
import sys, traceback
def t1():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from VE")
    except* TypeError:
        raise IndexError("from TE")
try: t1()
except BaseException as e:
    print(repr(e), [repr(x.__context__) for x in e.exceptions])
def t2():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg.exceptions[0]
try: t2()
except BaseException as e: print("t2", repr(e))
def t3():
    try:
        raise ExceptionGroup("a", [ValueError(1)])
    except* ValueError:
        print("in handler", sys.exc_info()[0].__name__, repr(sys.exception()) if hasattr(sys, 'exception') else '')
    else:
        print("else")
    finally:
        print("finally")
    print("after", sys.exc_info())
t3()
def t4():
    try:
        try:
            raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner VE")
        finally:
            print("inner finally")
    except* TypeError as e:
        print("outer TE", repr(e))
t4()
def t5():
    try:
        raise ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print("t5 VE", repr(e))
        print(e.__traceback__ is not None, e.__cause__, e.__context__)
    except* TypeError as e:
        print("t5 TE", repr(e))
t5()
def t6():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("converted") from e
try: t6()
except BaseException as e:
    print("t6", repr(e))
    traceback.print_exception(e)
def t7():
    for i in range(2):
        try:
            raise ExceptionGroup("x", [OSError(i)])
        except* OSError as e:
            print("loop", i, repr(e))
t7()
try:
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print("KI", repr(e), type(e).__name__)
except BaseException as e: print("??", e)
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
    except* ValueError as e:
        print("VE part", repr(e))
except BaseException as e: print("rest", repr(e))
class MyEG(ExceptionGroup): pass
try:
    try:
        raise MyEG("m", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("My", type(e).__name__, repr(e))
except ExceptionGroup as e: print("rest My", type(e).__name__, repr(e))
def t8():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise ValueError("new")
try: t8()
except ExceptionGroup as e:
    print("t8", repr(e))
    traceback.print_exception(e)
