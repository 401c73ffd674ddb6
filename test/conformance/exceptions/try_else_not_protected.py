# an exception raised in else or finally is not caught by the same try's handlers
def f(flag):
    try:
        print("body")
    except ValueError:
        print("never: else is not protected")
    else:
        if flag:
            raise ValueError("from else")
        print("else ok")
    finally:
        print("finally")
f(False)
try:
    f(True)
except ValueError as e:
    print("outer caught:", e)
def g():
    try:
        raise KeyError("k")
    except KeyError:
        raise IndexError("from handler")
    except IndexError:
        print("never: sibling handler does not see it")
try:
    g()
except IndexError as e:
    print("outer caught:", repr(e), "| context:", repr(e.__context__))
