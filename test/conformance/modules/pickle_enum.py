# pickle of Enum, IntEnum, Flag and IntFlag members: by name through getattr, and flag
# combinations (by value since 3.11.5; this program once checked 3.11.2's reductions by name).
import enum, pickle
class F(enum.Flag):
    A=1; B=2; C=4
class I(enum.IntFlag):
    A=1; B=2
class E(enum.Enum):
    X = 1
class IE(enum.IntEnum):
    Y = 2
for v in [F.A, F.A|F.B|F.C, F(0), I(0), I.B, E.X, IE.Y]:
    r = v.__reduce_ex__(4)
    print(getattr(r[0], '__name__', r[0]), r[1])
    for p in (0, 2, 4):
        d = pickle.dumps(v, p); print(p, d, pickle.loads(d) is v or pickle.loads(d) == v)
