# Enum bodies: a class defining __get__ is a descriptor (not a member); verify(NAMED_FLAGS)
# skips negative aliases and says 'value 0x..' whenever the missing bits are one bit.
from enum import Enum, Flag, verify, NAMED_FLAGS
class G:
    def __get__(self, obj, owner=None):
        return 'got'
class E(Enum):
    A = 1
    D = G        # a class with __get__ is a descriptor: not a member
print(list(E), E.D)
class Color(Flag):
    RED = 1
    GREEN = 2
    WHITE = -1
    PURPLE = 9
    PINK = 8 | 1
print(Color.WHITE.value)
try:
    verify(NAMED_FLAGS)(Color)
except ValueError as e:
    print(e)
