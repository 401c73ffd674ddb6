# dir() of a member of a mixed-in enum (StrEnum, IntEnum, IntFlag) lists the members too
# (object.__dir__ sees them in the class); a plain Enum member's dir does not; enum.property kept
import enum


class E(enum.Enum):
    A = 1
    B = 2

    def meth(self):
        pass


class S(enum.StrEnum):
    A = 'a'
    B = 'b'


class I(enum.IntEnum):
    A = 1

    @enum.property
    def extra(self):
        return 1


class F(enum.IntFlag):
    R = 4
    W = 2


print(dir(E.A))
print([n for n in dir(S.A) if not n.startswith('_')])
print([n for n in dir(I.A) if not n.startswith('_')])
print([n for n in dir(F.R) if not n.startswith('_')])
print([n for n in dir(F.R | F.W) if n.isupper()])
