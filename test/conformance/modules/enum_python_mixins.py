# Enums mixed with a class written in Python: a dataclass, a plain class with __init__,
# one with its own __new__.
from dataclasses import dataclass
from enum import Enum


@dataclass
class Point:
    x: int
    y: int


class Corner(Point, Enum):
    TOP_LEFT = 0, 0
    BOTTOM_RIGHT = 9, 9


print(Corner.TOP_LEFT, repr(Corner.BOTTOM_RIGHT), Corner.BOTTOM_RIGHT.x, Corner.TOP_LEFT.y)
print(Corner.BOTTOM_RIGHT.value, type(Corner.BOTTOM_RIGHT.value).__name__, Corner((9, 9)) if False else '')
print(list(Corner), Corner.TOP_LEFT == Corner.TOP_LEFT, Corner._member_type_.__name__)


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = 'EUR'


class Price(Money, Enum):
    CHEAP = 1
    DEAR = 100, 'USD'


print(Price.CHEAP, repr(Price.DEAR), Price.DEAR.currency, Price.CHEAP.currency, Price.DEAR.value)


class Labelled:
    def __init__(self, label, code=0):
        self.label = label
        self.code = code

    def describe(self):
        return f"{self.label}#{self.code}"


class Status(Labelled, Enum):
    OK = 'fine', 200
    MISSING = 'gone', 404


print(Status.OK.describe(), Status.MISSING.label, repr(Status.OK.value)[:10], Status.OK.name)


class Tagged:
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj.tag = '-'.join(map(str, args))
        return obj


class Code(Tagged, Enum):
    A = 1, 2
    B = 3


print(Code.A.tag, Code.B.tag, type(Code.A.value).__name__, Code.A.value.tag, Code.B.value.tag)


# A mixin of methods over str stands for str; two data types are refused.
class Shout:
    def shout(self):
        return self.upper() + '!'


class Loud(Shout, str):
    pass


class Word(Loud, Enum):
    HI = 'hi'


print(Word.HI.shout(), Word.HI.value, type(Word.HI.value).__name__, Word._member_type_.__name__)

try:
    class Both(int, Point, Enum):
        A = 1
except TypeError as e:
    print('TypeError:', str(e).split(':')[0])
