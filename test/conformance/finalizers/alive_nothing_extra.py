# A program whose __del__ objects all stay alive while it runs: nothing is finalised early,
# a frame's object survives its calls (interpreted and in a hot compiled loop)
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

def use(o, k):
    return o.n + k

def hot():
    o = A(50)
    total = 0
    for i in range(20000):
        total += use(o, i)
    print("hot", total)
    return o

kept = hot()
o0, o1, o2 = A(0), A(1), A(2)
print([use(o, 0) for o in (o0, o1, o2)])
print("end")
