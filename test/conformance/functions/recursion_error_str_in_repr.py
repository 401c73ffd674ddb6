# PyObject_Str/Repr check the recursion limit for ints too: where a runaway __repr__ stops
class Node:
    def __init__(self, v):
        self.v = v
        self.next = self
    def __repr__(self):
        return f"Node({self.v}, {self.next!r})"

class Pct:
    def __repr__(self):
        return "P(%r)" % (self,)

class Fmt:
    def __repr__(self):
        return "F({}, {})".format(1.5, repr(self))

class Plain:
    def __repr__(self):
        return "P" + str(7) + repr(self)

for obj in [Node(1), Pct(), Fmt(), Plain()]:
    try:
        repr(obj)
    except RecursionError as e:
        print(type(obj).__name__, e)
