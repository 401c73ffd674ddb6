# sys.exc_info() inside handlers, nested handlers, after a handler, and in called functions
import sys
print("outside:", sys.exc_info())
def show(label):
    t, v, tb = sys.exc_info()
    if t is None:
        print(label, t, v, tb)
    else:
        print(label, t.__name__, repr(v), tb is v.__traceback__)
try:
    raise ValueError("outer")
except ValueError:
    show("handler:")
    try:
        raise KeyError("inner")
    except KeyError:
        show("nested handler:")
    show("back in outer:")
show("after:")
try:
    1 / 0
except ZeroDivisionError:
    pass
finally:
    show("finally after handled:")
try:
    try:
        raise IndexError(3)
    finally:
        show("finally while propagating:")
except IndexError:
    pass
def gen():
    try:
        raise TypeError("in generator")
    except TypeError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(gen()))
print("exception() ?", hasattr(sys, "exception"))
