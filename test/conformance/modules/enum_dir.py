# dir() of an Enum class and of its members: members, not aliases; methods and properties
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self): pass
    @classmethod
    def first(cls): pass
    X = property(lambda s: 1)
print(dir(Color))
print(dir(Color.RED))
print(sorted(m for m in dir(Color) if not m.startswith('_')))
class Plain(Enum):
    A = 1
print(dir(Plain))
print(dir(Plain.A))
