# A Flag class's _numeric_repr_ writes the bits no member has in a pseudo-member's name (re.RegexFlag uses hex).
import enum
class Perm(enum.IntFlag, boundary=enum.KEEP):
    R = 4
    W = 2
    X = 1
    _numeric_repr_ = hex
class Plain(enum.IntFlag):
    A = 1
    B = 2
print(repr(Perm.R | 16), repr(Plain.A | 8), repr(Perm(64)), str(Perm.R | Perm.W | 32))
