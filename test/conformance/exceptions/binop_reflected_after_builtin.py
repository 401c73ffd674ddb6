# a built-in left operand that does not support the operation defers to the right operand's reflected method
class R:
    def __radd__(self, other):
        return "radd(" + repr(other) + ")"
    def __rmul__(self, other):
        return "rmul(" + repr(other) + ")"
    def __rsub__(self, other):
        return "rsub(" + repr(other) + ")"
for left in (b"x", bytearray(b"y"), "s", [1], (1,), 5, 1.5, True, {1: 2}, {3}):
    for name, op in (("+", lambda a, b: a + b), ("*", lambda a, b: a * b), ("-", lambda a, b: a - b)):
        try:
            print(type(left).__name__, name, op(left, R()))
        except TypeError as e:
            print(type(left).__name__, name, "TypeError:", e)
