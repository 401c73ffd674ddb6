# __repr__ and __str__: print uses str, containers use repr, str falls back to repr
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"OnlyRepr({self.v!r})"
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class OnlyStr:
    def __str__(self):
        return "OnlyStr<str>"
    def __repr__(self):
        return "OnlyStr()"
o, b = OnlyRepr("x"), Both()
print(o, b)
print(str(o), repr(o), str(b), repr(b))
print([o, b], (b,), {"k": b})
print(f"{b} {b!r} {o}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(str(OnlyStr()), [OnlyStr()])
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Nested(" + repr(self.items) + ")"
print(Nested([1, Nested(["a"]), o]))
