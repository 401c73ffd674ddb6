# raise X from Y sets __cause__ and __suppress_context__; the implicit __context__ is kept too
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise LookupError("no setting " + key) from e
try:
    load("b")
except LookupError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
cause = ValueError("explicit cause")
try:
    raise RuntimeError("no handler around") from cause
except RuntimeError as e:
    print(e.__cause__ is cause, e.__context__, e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("second") from IndexError("unrelated")
except TypeError as e:
    print("cause:", repr(e.__cause__), "| context:", repr(e.__context__))
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
