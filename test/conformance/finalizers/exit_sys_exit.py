# __del__ at exit after sys.exit(), and after the atexit calls
import sys, atexit
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1)
atexit.register(print, "atexit")
sys.exit(3)
