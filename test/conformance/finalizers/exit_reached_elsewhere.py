# At exit, when another module still reaches the main module's dict (here sys, through an
# instance's class and its methods), CPython runs none of the main module's __del__ then
import sys
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
keep = A(1)
sys.kept = A(2)
print("end")
