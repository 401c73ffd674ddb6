# Methods called from hot loops, which tpy's loop compiler runs inline while LOAD_METHOD still finds
# them: then a subclass overriding one, an instance attribute shadowing one, the class's method replaced.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def scaled(self, k):
        return self.x * k
class W(V):
    def norm2(self):
        return -1
def total(vs, n):
    t = 0.0
    for _ in range(n):
        for v in vs:
            t += v.norm2() + v.scaled(2)
    return t
vs = [V(1.5, 2.0), V(0.5, -1.0)]
print(total(vs, 500))
vs.append(W(1.0, 1.0))
print(total(vs, 300))
vs[0].norm2 = lambda: 100
print(total(vs, 300))
V.norm2 = lambda self: 7
print(total(vs, 300))
