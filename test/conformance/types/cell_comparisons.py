# Cells compare by their contents (an empty cell before any other) and are unhashable, as cell_richcompare.
import types
C = types.CellType
def outer():
    x = 1
    def inner(): return x
    return inner
c1 = outer().__closure__[0]; c2 = outer().__closure__[0]
print(c1 == c2, c1 != c2, c1 < c2, c1 is c2)
print(C() < C(1), C() == C(), C(1) <= C(2), C(1) > C(), C() >= C(0), C(1).__eq__(5), C.__hash__)
try: hash(C(1))
except TypeError as e: print(e)
try: C(1) < C('a')
except TypeError as e: print(e)
print(sorted([C(3), C(), C(1)], key=lambda c: c)[0] == C(), [C(2), C(1)] == [C(2), C(1)])
