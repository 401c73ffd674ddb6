# enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS, and EnumCheck itself
from enum import Enum, Flag, IntFlag, IntEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck

def attempt(make):
    try:
        cls = make()
        print('ok', [m.name for m in cls])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def unique_aliases():
    @verify(UNIQUE)
    class C(Enum):
        A = 1
        B = 1
        D = 2
        E = 2
    return C
def continuous_gaps():
    @verify(CONTINUOUS)
    class C(IntEnum):
        A = 1
        B = 2
        D = 5
        E = 7
    return C
def continuous_flag():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        C = 4
        D = 16
    return F
def continuous_strings():
    @verify(CONTINUOUS)
    class C(Enum):
        A = 'a'
    return C
def named_one_bit():
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        C = 5
    return F
def named_one_alias_bits():
    @verify(NAMED_FLAGS)
    class F(IntFlag):
        A = 1
        C = 6
    return F
def named_three():
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        C = 3
        D = 5
        E = 17
    return F
def named_fine():
    @verify(NAMED_FLAGS, UNIQUE)
    class F(Flag):
        A = 1
        B = 2
        AB = 3
    return F
def all_pass():
    @verify(UNIQUE, CONTINUOUS)
    class C(IntEnum):
        A = 1
        B = 2
    return C
def not_enum():
    return verify(UNIQUE)(int)
for f in (unique_aliases, continuous_gaps, continuous_flag, continuous_strings, named_one_bit,
          named_one_alias_bits, named_three, named_fine, all_pass, not_enum):
    print(f.__name__, end=': ')
    attempt(f)
print(list(EnumCheck), repr(UNIQUE), str(CONTINUOUS), NAMED_FLAGS == 'multi-flag aliases may not contain unnamed flags')
print(__import__("enum").show_flag_values(22))
