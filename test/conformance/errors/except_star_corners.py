# except* corner cases: a derive that raises, an undefined clause class, nested except* with
# exc_info and contexts, a coroutine, inside with, nested scopes in a clause (return/break
# allowed there), and an uncaught TypeError for except* ExceptionGroup.
import sys
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        raise RuntimeError("no derive")
def a():
    try:
        raise BadDerive("b", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("unreachable")
try:
    a()
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))
def b():
    try:
        raise ExceptionGroup("b", [ValueError(1)])
    except* Undefined:
        pass
try:
    b()
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))
def c():
    try:
        raise ExceptionGroup("c", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("inner", [KeyError(1), OSError(2)])
        except* KeyError as k:
            print("inner k", repr(k), repr(sys.exc_info()[1]), repr(k.__context__))
        print("after inner", repr(sys.exc_info()[1]))
    except* TypeError as t:
        print("t", repr(t))
    print("done", sys.exc_info())
try:
    c()
except Exception as e:
    print(type(e).__name__, repr(e))
async def co():
    try:
        raise ExceptionGroup("co", [ValueError(1), KeyError(2)])
    except* ValueError as v:
        print("async", repr(v))
try:
    co().send(None)
except BaseException as e:
    print(type(e).__name__, repr(e))
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def d():
    with Ctx():
        try:
            raise ExceptionGroup("w", [ValueError(1), KeyError(2)])
        except* ValueError:
            pass
try:
    d()
except Exception as e:
    print(type(e).__name__, repr(e))
def e():
    try:
        raise ExceptionGroup("e", [ValueError(1)])
    except* ValueError:
        return_value = [i for i in range(3)]
        lam = lambda: 5
        class K:
            for i in range(3):
                break
        def inner():
            return 7
        print(return_value, lam(), inner())
e()
def f():
    try:
        raise ExceptionGroup("f", [ValueError(1)])
    except* ExceptionGroup:
        pass
f()
