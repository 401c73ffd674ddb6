import sys
def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(chain)
try:
    raise
except RuntimeError as e: print(e)
def g():
    try:
        yield 1
    except ValueError:
        print("in g exc_info:", sys.exc_info()[0].__name__)
        yield 2
        print("after yield exc_info:", sys.exc_info()[0])
        raise
gen = g(); next(gen)
try:
    raise KeyError("outer")
except KeyError:
    print(gen.throw(ValueError("thrown")))
    print("outer exc_info:", sys.exc_info()[0].__name__)
try:
    next(gen)
except ValueError as e:
    print("reraised", show(e))
def h():
    try:
        raise TypeError("t")
    finally:
        print("exc in finally:", sys.exc_info()[0].__name__)
try: h()
except TypeError: pass
try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
except KeyError as e:
    print(show(e))
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise IndexError("c")
except IndexError as e:
    print(show(e))
def gen2():
    try:
        yield
    finally:
        raise RuntimeError("in close")
g2 = gen2(); next(g2)
try: g2.close()
except RuntimeError as e: print("close raised", e, e.__context__)
g3 = gen2(); next(g3)
try: g3.throw(ValueError("v"))
except RuntimeError as e: print(show(e))
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(show(e), e.__suppress_context__)
e1 = ValueError("loop")
try:
    try:
        raise e1
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__ is None, show(e))
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
with Ctx():
    raise OSError("suppressed")
print("after", sys.exc_info())
def nested_handlers():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0])
nested_handlers()
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("star", repr(eg), repr(sys.exc_info()[1]))
except* TypeError as eg:
    print("star2", repr(eg))
def f_eg():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("from star")
try: f_eg()
except TypeError as e: print(show(e) if not isinstance(e.__context__, BaseExceptionGroup) else "ctx is group: " + repr(e.__context__))
except ExceptionGroup as eg: print("group", repr(eg), repr(eg.exceptions[0].__context__))
try:
    try:
        raise ValueError("inner")
    except ValueError as exc:
        exc.add_note("note 1")
        raise RuntimeError("wrapped") from exc
except RuntimeError as e:
    print(e.__cause__.__notes__, getattr(e, "__notes__", None))
try:
    ValueError().add_note(5)
except TypeError as e: print(e)
print(repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError()), repr(OSError(2, "No such file")), str(OSError(2, "x", "f.txt")), OSError(2, "x").errno, type(OSError(2, "x")).__name__, str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(Exception in BaseException.__subclasses__(), issubclass(KeyboardInterrupt, Exception), StopIteration().value, SystemExit(3).code, StopIteration(1, 2).value)
