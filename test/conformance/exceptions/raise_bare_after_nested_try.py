# bare raise inside a handler re-raises the handled exception, even after a nested try in the handler
def f():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError as e:
            print("inner handled", repr(e))
        print("back in outer handler")
        raise
try:
    f()
except Exception as e:
    print("re-raised:", type(e).__name__, e, "| context:", e.__context__)
def g():
    try:
        raise TypeError("t")
    except TypeError:
        def helper():
            try:
                raise IndexError("i")
            except IndexError:
                pass
        helper()
        raise
try:
    g()
except TypeError as e:
    print("after helper call:", repr(e))
def h():
    try:
        raise RuntimeError("r")
    except RuntimeError as e:
        try:
            raise
        except RuntimeError as again:
            print("same object:", again is e)
h()
