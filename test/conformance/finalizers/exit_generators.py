# At exit, suspended generators the main module holds are closed (their finally runs), in
# order with the objects' __del__; fresh and finished generators are not
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

def gen(n):
    try:
        yield n
        yield n + 1
    finally:
        print("gen finally", n)

def holder():
    obj = A(100)
    try:
        yield obj.n
    finally:
        print("holder finally", obj.n)

a = A(1)
g1 = gen(1); next(g1)
g2 = gen(2)
g3 = gen(3); list(g3)
h = holder(); print(next(h))
b = A(2)
gens = [gen(4)]; next(gens[0])
print("end")
