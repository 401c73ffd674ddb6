# __del__ raising at exit, and a suspended generator whose finally raises: reported through sys.unraisablehook, the rest still run
import _mod_hook

class A:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
        if self.n % 2: raise ValueError(self.n)

def gen():
    try:
        yield 1
    finally:
        print("gen finally")
        raise KeyError("in finally")

a, b, c = A(1), A(2), A(3)
g = gen(); next(g)
d = A(4)
print("end")
