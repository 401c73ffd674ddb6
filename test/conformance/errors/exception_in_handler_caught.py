# an exception raised in a handler can itself be caught; __context__ links them
try:
    try:
        [].pop()
    except IndexError as first:
        print("handling", type(first).__name__)
        int("bad")
except ValueError as second:
    print("caught second:", second)
    print("context:", type(second.__context__).__name__, second.__context__)
def nested():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as v:
            return v
v = nested()
print(repr(v), repr(v.__context__))
