# A name that is neither an attribute nor a member of an enum class: AttributeError with just the name.
from enum import Enum, Flag
class Color(Enum):
    RED = 1
class Perm(Flag):
    R = 4
for cls, name in ((Color, 'NOPE'), (Perm, 'W'), (Color, '__nope__'), (Color, 'red')):
    try:
        getattr(cls, name)
    except AttributeError as e:
        print(type(e).__name__, repr(str(e)))
print(hasattr(Color, 'RED'), hasattr(Color, 'X'), Color.RED)
