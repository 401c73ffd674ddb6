# multi-item with enters left to right and exits right to left; an inner suppression hides the error from outer
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
print("--")
with CM("outer"), CM("inner", suppress=True):
    raise ValueError("v")
print("--")
try:
    with CM("x"), CM("y"):
        raise KeyError("k")
except KeyError:
    print("caught after both exits")
print("--")
with CM("o1", suppress=True):
    with CM("i1"):
        with CM("i2"):
            raise IndexError(0)
        print("never")
    print("never")
print("done")
