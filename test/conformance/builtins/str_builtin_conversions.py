# str(), repr() and ascii() of builtin values
values = [42, -3.5, True, None, "s", "it's", b"b", [1], (2,), {"k": 3}, 10 ** 20, 1e20, 0.1, float("nan")]
for v in values:
    print(str(v), "|", repr(v), "|", ascii(v))
print(str("é"), repr("é"), ascii("é"))
print(str(b"\xff"), repr(b"\xff"))
print(str(str), str(type(None)))
print(str(object) == "<class 'object'>")
class Custom:
    def __repr__(self):
        return "Custom()"
print(str(Custom()), repr(Custom()), ascii(Custom()))
