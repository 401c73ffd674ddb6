# BaseException.add_note (str subclasses, __notes__ not a list, argument errors), ExceptionGroup attributes and generics, except* in generators and context managers
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
e = ValueError()
e.__notes__ = ("tuple",)
try: e.add_note("x")
except TypeError as ex: print(ex)
e.__notes__ = None
try: e.add_note("x")
except TypeError as ex: print(ex)
del e.__notes__
e.add_note("fresh"); print(e.__notes__)
class S(str): pass
e.add_note(S("sub")); print(e.__notes__, type(e.__notes__[1]).__name__)
try: e.add_note()
except TypeError as ex: print(ex)
try: ValueError().add_note("a", "b")
except TypeError as ex: print(ex)
eg = ExceptionGroup("m", [ValueError(1)])
try: eg.exceptions = ()
except AttributeError as ex: print(ex)
try: eg.message = "x"
except AttributeError as ex: print(ex)
print(eg.args, type(eg.exceptions).__name__)
class Weird(ExceptionGroup):
    pass
w = Weird("w", [ValueError()])
print(repr(w), str(w), w.exceptions)
try:
    ExceptionGroup("m", [ValueError()], extra=1)
except TypeError as ex: print(ex)
print(ExceptionGroup("m", [ValueError()]).with_traceback(None).__class__.__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
import traceback
print(traceback.format_exception_only(ExceptionGroup("m", [ValueError()])))
x = ExceptionGroup("m", [ValueError()]); x.add_note("n1")
print(traceback.format_exception_only(x))
print(traceback.format_exception(ValueError, ValueError("v"), None))
def gen():
    try:
        yield 1
    except* ValueError as e:
        print("gen caught", repr(e))
        yield 2
g = gen(); next(g); print(g.throw(ValueError("t")))
import contextlib
@contextlib.contextmanager
def cm():
    try:
        yield
    except* KeyError as e:
        print("cm caught", repr(e))
with cm():
    raise ExceptionGroup("x", [KeyError(1)])
print("after cm")
try:
    with cm():
        raise ExceptionGroup("x", [KeyError(1), OSError(2)])
except ExceptionGroup as e:
    print("cm left", repr(e))
