# Flag names as in 3.11.5+: members of several bits show up when one-bit members leave bits uncovered, STRICT's 'no members with value', ~ over the one-bit members, EJECT's ~ as an int
from enum import Flag, IntFlag, KEEP, CONFORM, EJECT, STRICT
def show(label, f):
    try:
        r = f()
        print(label, repr(r), str(r), type(r).__name__, getattr(r, '_name_', '-'))
    except Exception as e:
        print(label, type(e).__name__, e)
for b in (STRICT, CONFORM, EJECT, KEEP):
  for base in (Flag, IntFlag):
    class G(base, boundary=b):
        A = 1; X = 5; B = 2; Y = 16|8
    print(b, base.__name__, G._flag_mask_, G._all_bits_, G._member_names_)
    for v in list(range(0, 33)) + [-1, -2, -5, -8, -9, -32, -33, -40]:
        show('%s(%d)' % (b, v), lambda: G(v))
    for m in (G.A, G.X, G.B, G.Y, G(0)):
        show('~%s' % m._name_, lambda: ~m)
    show('A|X', lambda: G.A | G.X)
    show('B^X', lambda: G.B ^ G.X)
    show('X&B', lambda: G.X & G.B)
class R(Flag, boundary=KEEP):
    A = 1; X = 5; B = 2; C = 4; D=8; CD=12; X2 = 5; Z = 0
for v in (23, 21, 17, 29, 31, -1, -2, -17, 16|12, 16|13):
    r = R(v); print(v, repr(r), str(r), r._name_, list(r), len(r))
class I(IntFlag):
    A = 1; X = 5; B = 2; C = 4
for v in (23, 21, 17, 7, -1, -2, -8, -9, 8):
    r = I(v); print(v, repr(r), str(r), r._name_, list(r), len(r))
class E(Flag, boundary=EJECT):
    A = 1; X = 5; B = 2; C = 4
for v in (7, 5, 3):
    r = E(v); print(v, repr(r), str(r), r._name_)
print(repr(~E.A), repr(~E.X), repr(~E(0)), repr(E.A | E.C), repr(E.A ^ E.X))
class IE(IntFlag, boundary=EJECT):
    A = 1; X = 5; B = 2
print(repr(~IE.A), repr(IE.A|8), repr(IE(9)), repr(IE.A ^ 3))
class IC(IntFlag, boundary=CONFORM):
    A = 1; X = 5; B = 2
print(repr(~IC.A), repr(IC.A|8), repr(IC(9)), repr(IC.A ^ 3))
class FC(Flag, boundary=CONFORM):
    A = 1; X = 5; B = 2
print(repr(~FC.A), repr(FC(9)), repr(~FC(0)))
