# A __del__ given to a class after it was made, and to a subclass's base, still runs at exit
class A:
    def __init__(self, n): self.n = n
class B(A):
    pass

def fin(self):
    print("fin", type(self).__name__, self.n)

a = A(1)
b = B(2)
A.__del__ = fin
print("end")
