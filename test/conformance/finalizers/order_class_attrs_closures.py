# Exit order of objects held by a class's attributes, by closures' cells and by default
# argument values: the class's dict, a closure's cells and a defaults tuple are made before
# the class or function, so what they hold comes after what the module holds directly
class A:
    def __init__(self, v): self.v = v
    def __del__(self): print("A", self.v)

class Reg:
    items = [A(1), A(2)]
    one = A(3)

class Pool:
    members = []
    for i in range(3):
        members.append(A(10 + i))
    del i

def mk(v):
    a = A(v)
    def get(): return a
    return get

def f(x=A(30), *, y=A(31)): return x

direct = A(4)
f1 = mk(20)
f2 = mk(21)
g = lambda q=[A(40), A(41)]: q
fs = [(lambda a=A(50 + i): a) for i in range(2)]
print("end")
