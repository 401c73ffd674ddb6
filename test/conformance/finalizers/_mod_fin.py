# Helper: a class with __del__ defined outside the main module
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
