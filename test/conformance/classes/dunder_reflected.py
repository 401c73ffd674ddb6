# reflected operators (__radd__ etc.) and NotImplemented fallback
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return Num(o + self.v)
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rmul__(self, o):
        return Num(o * self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1))
print(10 - Num(3), 3 * Num(4), 1 / Num(4))
print(sum([Num(1), Num(2), Num(3)]))
try:
    Num(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) - 1
except TypeError as e:
    print("TypeError:", e)
print("ab" * 2, [0] * 2)
