# super().__new__ inside an enum's own __new__ while members are made (or a call on an enum
# without members) is "has no members defined", before _missing_ is asked.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum
for base in (Enum, IntEnum, Flag, IntFlag, StrEnum):
    try:
        class BadSuper(base):
            def __new__(cls, value):
                obj = super().__new__(cls, value)
                return obj
            failed = 1 if base is not StrEnum else 'x'
    except Exception as e:
        print(base.__name__, type(e).__name__, e, repr(e.__cause__), repr(e.__context__))
class Empty(Enum): pass
try: Empty(3)
except Exception as e: print(type(e).__name__, e)
class E(Enum):
    A = 1
try: E(3)
except Exception as e: print(type(e).__name__, e)
