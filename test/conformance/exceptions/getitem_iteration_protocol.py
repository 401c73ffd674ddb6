# the old __getitem__ iteration protocol stops at IndexError; other exceptions propagate
class Seq:
    def __init__(self, n, error=None):
        self.n = n
        self.error = error
    def __getitem__(self, i):
        if i == self.n:
            if self.error is not None:
                raise self.error
            raise IndexError(i)
        return i * i
print(list(Seq(4)))
print(4 in Seq(4), 5 in Seq(4))
for label, err in (("KeyError", KeyError("k")), ("StopIteration", StopIteration())):
    try:
        print(label, list(Seq(2, err)))
    except Exception as e:
        print(label, "propagated:", type(e).__name__)
class Container:
    def __contains__(self, item):
        raise RuntimeError("contains failed")
    def __setitem__(self, k, v):
        raise KeyError("read-only: " + k)
c = Container()
try:
    1 in c
except RuntimeError as e:
    print(e)
try:
    c["a"] = 1
except KeyError as e:
    print(repr(e))
try:
    del c["a"]
except AttributeError as e:
    print("AttributeError:", e)
