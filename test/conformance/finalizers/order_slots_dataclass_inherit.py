# Exit order for __slots__ instances, dataclasses, a __del__ only subclasses have, and
# objects an __init__ makes or receives
from dataclasses import dataclass, field

class S:
    __slots__ = ('v', 'nxt')
    def __init__(self, v, nxt=None): self.v = v; self.nxt = nxt
    def __del__(self): print("S", self.v)

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    def __del__(self): print("item", self.name)

class Base:
    def __init__(self, v): self.v = v

class Fin(Base):
    def __del__(self): print("fin", self.v)

class Reg:
    def __init__(self, *objs):
        self.by = {o.v: o for o in objs}
        self.extra = Fin(99)
    def __del__(self): print("reg")

head = S(1, S(2, S(3)))
slist = [S(i) for i in range(4, 6)]
inv = [Item("a"), Item("b", ["t"])]
more = {n: Item(n) for n in "xy"}
objs = [Base(0), Fin(1), Base(2), Fin(3)]
objs[0].ref = Fin(5)
reg = Reg(Fin(10), Fin(11))
print("end")
