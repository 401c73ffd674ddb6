# enum.property: Enum.name/value cannot be set or deleted (CPython's messages), members may be called name or value, user enum properties
import enum
from enum import Enum, IntEnum, Flag

class Color(Enum):
    RED = 1

    @property
    def extra(self):
        return 1

class P(IntEnum):
    A = 1

class F(Flag):
    X = 1

for obj in (Color.RED, P.A, F.X):
    for attr in ("value", "name", "_value_", "extra", "new"):
        try:
            setattr(obj, attr, 5)
            print("set", attr, getattr(obj, attr))
        except AttributeError as e:
            print(type(e).__name__, e)
        try:
            delattr(obj, attr)
            print("del", attr)
        except AttributeError as e:
            print(type(e).__name__, e)

try:
    print(Color.value)
except AttributeError as e:
    print(type(e).__name__, e)

class Field(Enum):
    name = 1
    value = 2
    other = 3

print(Field.name, Field.value, Field.other.name, Field.other.value, Field.name.name, Field.value.value)
print(list(Field), Field["value"], Field(1), Field.name is Field["name"])

class WithProp(Enum):
    A = 1
    B = 2

    @enum.property
    def double(self):
        return self.value * 2

print(WithProp.A.double, WithProp.B.double, type(Enum.__dict__["value"]).__name__)
try:
    WithProp.A.double = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    WithProp.double
except AttributeError as e:
    print(type(e).__name__, e)
