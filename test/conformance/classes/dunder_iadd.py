# in-place operators use __iadd__ when present, else fall back to __add__
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Plain(self.v + o)
    def __imul__(self, o):
        print("__imul__")
        return "replaced"
a = Acc(1)
alias = a
a += 5
print(a.v, a is alias)
p = Plain(1)
alias = p
p += 5
print(p.v, p is alias)
p *= 2
print(p)
