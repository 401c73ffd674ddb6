# raise ... from None suppresses the context in tracebacks but __context__ is still recorded
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("not a number: " + s) from None
try:
    convert("abc")
except TypeError as e:
    print(repr(e))
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
e = RuntimeError("flag")
e.__suppress_context__ = True
print(e.__suppress_context__, e.__cause__)
try:
    raise KeyError("no context at all") from None
except KeyError as k:
    print(k.__cause__, k.__context__, k.__suppress_context__)
def reraise():
    try:
        {}["x"]
    except KeyError:
        try:
            raise ValueError("inner") from None
        except ValueError as v:
            return v
v = reraise()
print(repr(v), repr(v.__context__), v.__suppress_context__)
