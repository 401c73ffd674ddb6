# an exception raised in finally replaces the pending one, which becomes its __context__
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def g():
    try:
        return 1
    finally:
        raise TypeError("finally raises over a return")
try:
    g()
except TypeError as e:
    print(repr(e), e.__context__)
def h():
    try:
        try:
            raise IndexError("i")
        finally:
            print("inner finally")
    except IndexError:
        print("handled")
        raise RuntimeError("handler raises")
    finally:
        print("outer finally")
try:
    h()
except RuntimeError as e:
    print(repr(e), "| context:", repr(e.__context__))
