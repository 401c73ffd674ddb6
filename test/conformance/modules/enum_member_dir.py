# dir() of enum members: members are left out of the class dicts read, but an IntEnum member
# still lists them through the data type's dir (object.__dir__), as CPython 3.11.7.
from enum import Enum, IntEnum, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self): return self.name
    @property
    def lower(self): return self.name.lower()
class Num(IntEnum):
    ONE = 1
print(dir(Color))
print(dir(Color.RED))
print(sorted(set(dir(Num)) - set(dir(int))))
print([n for n in sorted(set(dir(Num.ONE)) - set(dir(int))) if not n.startswith("_")])
class P(Flag):
    A = 1
print(dir(P.A))
