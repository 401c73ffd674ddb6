# An object store persisting with pickle in memory: custom __getstate__/__setstate__,
# __reduce__, __getnewargs_ex__, copyreg, protocols 0-5, shared references and cycles,
# pickletools-free inspection of sizes, errors for unpicklable objects and bad data.
import pickle
import copyreg
import io
from collections import OrderedDict, namedtuple, deque, defaultdict
from fractions import Fraction
from decimal import Decimal
from enum import Enum
from datetime import date, datetime, timedelta

Pair = namedtuple("Pair", "left right")


class Color(Enum):
    RED = 1
    BLUE = 2


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.cache = {"temp": object}
        self.history = []

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, hist={len(self.history)})"


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency

    def __reduce__(self):
        return (Money, (self.cents, self.currency))

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"


class Token(str):
    def __new__(cls, text, kind):
        obj = super().__new__(cls, text)
        obj.kind = kind
        return obj

    def __getnewargs_ex__(self):
        return (str(self), self.kind), {}


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Complexish:
    def __init__(self, re, im):
        self.re, self.im = re, im

    def __repr__(self):
        return f"Complexish({self.re}, {self.im})"


def reduce_complexish(c):
    return (Complexish, (c.re, c.im))


copyreg.pickle(Complexish, reduce_complexish)

acct = Account("ann", Money(12345))
acct.history.append(("deposit", Money(500), date(2024, 1, 2)))
shared = [1, 2, 3]
store = {
    "account": acct,
    "tuple": (1, 2.5, "three", b"four", None, True),
    "shared": (shared, shared),
    "od": OrderedDict(z=1, a=2),
    "pair": Pair(Fraction(1, 3), Decimal("2.50")),
    "color": Color.BLUE,
    "token": Token("while", "keyword"),
    "point": Point(3, 4),
    "dq": deque([1, 2], maxlen=5),
    "dd": defaultdict(list, {"k": [1]}),
    "when": datetime(2024, 5, 6, 7, 8, 9),
    "delta": timedelta(hours=3),
    "sets": (frozenset({1, 2}), {3}),
    "big": 2 ** 100,
    "cx": Complexish(1, -1),
    "types": (int, Account, len),
}
cyc = [store]
cyc.append(cyc)
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(cyc, protocol=proto)
    back = pickle.loads(data)
    s = back[0]
    ok = (back[1] is back and s["shared"][0] is s["shared"][1] and s["account"].cache == {}
          and s["token"].kind == "keyword" and s["color"] is Color.BLUE)
    print(proto, ok, data[:2] if proto >= 2 else data[:1])
s = pickle.loads(pickle.dumps(store))
for k, v in s.items():
    print(f"{k:>8}: {v!r}")
print(s["cx"].re, s["cx"].im, type(s["dd"]).__name__, s["dd"]["new"], s["dq"].maxlen)
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=4)
p.dump(Money(1))
p.dump([Money(2), Money(3)])
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print("EOFError:", e)
print(pickle.dumps(None, 0), pickle.dumps(True, 2), pickle.dumps(300, 2), pickle.dumps("é", 3), pickle.dumps((), 1))
print(pickle.dumps([1, "a"], 0))
bad = [lambda: pickle.dumps(lambda x: x), lambda: pickle.dumps((i for i in range(3))),
       lambda: pickle.loads(b"garbage"), lambda: pickle.loads(b""), lambda: pickle.dumps(1, protocol=9),
       lambda: pickle.loads(pickle.dumps(Money(1))[:-3])]
for b in bad:
    try:
        b()
    except Exception as e:
        print(type(e).__module__, type(e).__name__, "|", e)


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")


print(Restricted(io.BytesIO(pickle.dumps({1, 2}))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Money(5)))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
