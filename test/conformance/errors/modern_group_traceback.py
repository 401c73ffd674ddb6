# an uncaught exception group from except* handlers: nested groups, notes (multi-line), tracebacks of members, raise from None
def f():
    e = ValueError("bad value")
    e.add_note("note A")
    e.add_note("multi\nline note")
    raise e
def g():
    excs = []
    for i, cls in enumerate([ValueError, TypeError, KeyError]):
        try:
            if cls is ValueError:
                f()
            raise cls(f"e{i}")
        except Exception as ex:
            excs.append(ex)
    inner = ExceptionGroup("inner", [OSError(2, "nope"), RuntimeError("rt")])
    excs.append(inner)
    eg = ExceptionGroup("outer group", excs)
    eg.add_note("group note")
    raise eg
try:
    g()
except* KeyError as k:
    print("got", repr(k))
except* OSError:
    try:
        raise ZeroDivisionError("in handler")
    except ZeroDivisionError as z:
        raise z from None
