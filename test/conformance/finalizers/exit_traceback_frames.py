# An uncaught exception's frames are released at exit after the atexit calls (CPython clears
# sys.last_traceback then): innermost frame first, each frame's locals in order; what an outer
# frame or the main module still holds goes later
import atexit
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

atexit.register(print, "atexit")
a = A(1)

def g(o):
    y = A(3)
    z = [A(4)]
    raise KeyError("boom")

def f():
    x = A(2)
    w = A(5)
    m = a
    g(x)

f()
