# __del__ at exit after an uncaught exception and its traceback
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1)
b = [A(2)]
print("before")
raise KeyError("boom")
