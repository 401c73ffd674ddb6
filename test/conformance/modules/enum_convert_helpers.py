# Enum's helpers that the standard library uses: EnumType._convert_ (signal, socket and ssl
# make their enums with it), the pickle_by_* reducers, global_* reprs, _make_class_unpicklable,
# and the class attributes _new_member_ / _use_args_; dir() of an enum class; auto() after a
# flag member that is not an int.
import enum
import pickle
import sys
import types
from enum import Enum, IntEnum, IntFlag, Flag, auto

consts = types.ModuleType('consts')
consts.SIG_A = 3
consts.SIG_B = 1
consts.SIG_ALIAS = 3
consts.OTHER = 2
sys.modules['consts'] = consts

Sig = IntEnum._convert_('Sig', 'consts', lambda name: name.startswith('SIG_'))
print(list(Sig), Sig.SIG_ALIAS, consts.Sig is Sig, consts.SIG_A is Sig.SIG_A, Sig.__module__)
print(repr(Sig(1)), str(Sig.SIG_A), Sig.__members__.keys())

class Source:
    F_X = 1
    F_Y = 2
    F_Z = 4
Fl = IntFlag._convert_('Fl', 'consts', lambda name: name.startswith('F_'), source=Source, as_global=True)
print(list(Fl), repr(Fl.F_X | Fl.F_Z), repr(Fl(16)), consts.F_Y)

class Mixed:
    M_A = 'x'
    M_B = 1
try:
    Enum._convert_('Mx', 'consts', lambda name: name.startswith('M_'), source=Mixed)
    print(list(consts.Mx))
except TypeError as e:
    print('TypeError', e)

class Pet(Enum):
    CAT = 1
    DOG = 2
print(enum.pickle_by_global_name(Pet.DOG, 2), enum.pickle_by_enum_name(Pet.DOG, 2)[1])
print(enum._reduce_ex_by_global_name is enum.pickle_by_global_name)
print(enum.global_enum_repr(Pet.CAT), enum.global_str(Pet.CAT))
print([n for n in enum.__all__ if n.startswith(('pickle', 'global'))])
enum._make_class_unpicklable(Pet)
try:
    pickle.dumps(Pet.CAT)
except TypeError as e:
    print('TypeError', e)
print(Pet.__module__)

class Point(tuple, Enum):
    ORIGIN = (0, 0)
class Custom(Enum):
    def __new__(cls, value, label):
        member = object.__new__(cls)
        member._value_ = value
        member.label = label
        return member
    ONE = 1, 'one'
for cls in (Pet, IntEnum, Point, Custom, Flag):
    print(cls.__name__, cls._new_member_ is object.__new__, cls._use_args_, '__new__' in dir(cls))
print(IntEnum._new_member_ is int.__new__, Custom._new_member_ is Custom.__dict__['__new_member__'])
print(Custom.ONE.label, dir(Pet))

try:
    class Color(Flag):
        red = 'not an int'
        blue = auto()
except TypeError as e:
    print('TypeError', e)
