# Exit order of suspended generators and the objects their frames hold: closing one drops
# its frame's references at once, so what only it held is finalised right after it
class A:
    def __init__(self, v): self.v = v
    def __del__(self): print("A", self.v)

def gen(n):
    a = A(n)
    try:
        yield 1
    finally:
        print("gen close", n)

def takes(obj):
    try:
        yield obj.v
    finally:
        print("takes close", obj.v)

def outer():
    sub = gen(90); next(sub)
    try:
        yield sub
    finally:
        print("outer close")

g1 = gen(1); next(g1)
gs = [gen(3), gen(4)]
for g in gs: next(g)
t1 = takes(A(10)); next(t1)
x = A(11)
t2 = takes(A(12)); next(t2)
o = outer(); next(o)
z = A(5)
print("end")
