# sys.exit() inside a function: its frames go at once, before the atexit calls; an object an
# atexit registration holds stays until after it
import atexit, sys
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def close(self): print("close", self.n)

a = A(1)

def f():
    x = A(2)
    held = A(3)
    atexit.register(held.close)
    sys.exit(0)

f()
