# A comparison that reaches a __eq__/__lt__ method is a recursion level of its own (PyObject_RichCompare's), so a method that compares again recurses two levels a step
import sys
sys.setrecursionlimit(200)

class Eq:
    def __eq__(self, other):
        Eq.calls += 1
        return self == other
class Lt:
    def __lt__(self, other):
        Lt.calls += 1
        return self < other
class Gt:
    def __gt__(self, other):
        Gt.calls += 1
        return other < self
for cls, test in ((Eq, lambda: Eq() == 1), (Lt, lambda: Lt() < Lt()), (Gt, lambda: Gt() > 5), (Eq, lambda: [Eq()] == [Eq()])):
    cls.calls = 0
    try:
        test()
    except RecursionError as e:
        print(cls.__name__, cls.calls, e)

class Node:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self == other

print(Node(1) == Node(1))
