# IntFlag members format and str() as ints (ReprEnum among the bases wins over Flag's str-based ones)
import enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
class Pri(enum.IntEnum):
    LOW = 1
    HIGH = 2
class Color(enum.Flag):
    RED = 1
    BLUE = 2
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), f"{Perm.R | Perm.W}", str(Perm(7)), repr(Perm(0)), Perm(6) & Perm.W, ~Perm.R)
print(f"{Perm.W:04b}", f"{Perm.R:>5}", f"{Perm.X:x}", format(Perm(7), "o"), "%d %s %r" % (Perm.R, Perm.R, Perm.R), list(Perm(5)))
print(Pri.LOW, f"{Pri.HIGH:>3}", f"{Pri.LOW:b}", str(Pri.HIGH), repr(Pri.LOW))
print(Color.RED, f"{Color.RED | Color.BLUE}", str(Color.BLUE), repr(Color.RED | Color.BLUE))
try:
    f"{Color.RED:b}"
except ValueError as e:
    print(type(e).__name__, e)
print(Perm.__str__(Perm.W), Perm.__format__(Perm.W, "03"))
