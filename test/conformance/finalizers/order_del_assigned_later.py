# Exit order when the class gets its __del__ after instances exist: objects made before are
# ordered as CPython's collector lists them too (display items after)
class A:
    def __init__(self, v): self.v = v

a = A(1)
lst = [A(2), A(3)]
b = A(4)
made_first = []
def fin(self): print("A", self.v)
A.__del__ = fin
c = A(5)
made_first.append(A(6))
print("end")
