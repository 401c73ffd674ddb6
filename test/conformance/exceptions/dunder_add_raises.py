# exceptions from __add__ and friends propagate; NotImplemented on both sides is a TypeError
class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        if other.x < 0:
            raise ValueError("negative component")
        return Vec(self.x + other.x)
    def __mul__(self, k):
        raise ArithmeticError("no scaling")
print((Vec(1) + Vec(2)).x)
try:
    Vec(1) + Vec(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    Vec(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 + Vec(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Vec(1) * 3
except ArithmeticError as e:
    print("ArithmeticError:", e)
try:
    3 * Vec(1)
except TypeError as e:
    print("TypeError:", e)
v = Vec(1)
try:
    v += "s"
except TypeError as e:
    print("TypeError:", e)
try:
    -v
except TypeError as e:
    print("TypeError:", e)
try:
    v < v
except TypeError as e:
    print("TypeError:", e)
