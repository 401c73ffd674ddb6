# Flag and IntFlag: boundaries (STRICT, CONFORM, EJECT, KEEP), pseudo-member names, ~, len and iteration
from enum import Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP
class Perm(Flag):
    R = 4; W = 2; X = 1; RW = 6
class Mode(IntFlag):
    A = auto(); B = auto(); C = auto()
class Gap(Flag):
    A = 1; D = 8
class GapI(IntFlag):
    B = 2; RWX = 7; A = 1; C = 4; BB = 2; NONE = 0
def show(label, f):
    try:
        r = f()
        print(label, repr(r), str(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
for v in (9, 32, 33, -1, -8, -9, 7):
    show('Mode(%d)' % v, lambda: Mode(v))
for v in (8, 100, -9, -8, 5, 7):
    show('Perm(%d)' % v, lambda: Perm(v))
for v in (2, 9, 11, 15, 8, -20, 0):
    show('GapI(%d)' % v, lambda: GapI(v))
show('Gap(2)', lambda: Gap(2))
show('Mode.A | 8', lambda: Mode.A | 8)
show('8 | Mode.A', lambda: 8 | Mode.A)
show('Mode.A ^ 15', lambda: Mode.A ^ 15)
show('~Mode.A', lambda: ~Mode.A)
show('~Gap.A', lambda: ~Gap.A)
show('~GapI.A', lambda: ~GapI.A)
show('~Perm.RW', lambda: ~Perm.RW)
show('Perm.R | 1', lambda: Perm.R | 1)
show("Perm('x')", lambda: Perm('x'))
print(len(Perm), list(Perm), Perm._member_names_, list(Perm.__members__), list(reversed(Perm)))
print(list(Perm(7)), len(Perm(7)), list(Mode(15)), len(Mode(15)), list(GapI(15)), Perm._all_bits_, Gap._all_bits_)
class Co(Flag, boundary=CONFORM):
    A = 1; B = 4
class Ej(Flag, boundary=EJECT):
    A = 1; B = 4
class Ke(Flag, boundary=KEEP):
    A = 1; B = 4
for cls in (Co, Ej, Ke):
    for v in (2, 3, 5, 13, -1, -6, -20):
        show('%s(%d)' % (cls.__name__, v), lambda: cls(v))
    show('~%s.A' % cls.__name__, lambda: ~cls.A)
    print(cls._boundary_, Perm._boundary_, Mode._boundary_)
print(FlagBoundary.STRICT, repr(KEEP), list(FlagBoundary))
F = Flag('F', 'X Y Z', boundary=KEEP)
print(list(F), repr(F(9)), F._boundary_)
class M(IntFlag, boundary=STRICT):
    A = 1; B = 2
show('M(4)', lambda: M(4))
show('M.A | 4', lambda: M.A | 4)
for b in (STRICT, CONFORM, EJECT, KEEP):
    class Fb(Flag, boundary=b):
        A = 1; B = 4; AB = 5
    class Ib(IntFlag, boundary=b):
        A = 1; B = 4; AB = 5
    for cls in (Fb, Ib):
        for x in (cls.A, cls.AB, cls(0)):
            show('%s ~%r' % (b, x), lambda: ~x)
        for v in (2, 9, -2, -20):
            show('%s %s(%d)' % (b, cls.__name__, v), lambda: cls(v))
