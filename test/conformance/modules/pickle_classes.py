# pickle of instances (__reduce__, __reduce_ex__, __getstate__/__setstate__,
# __getnewargs__(_ex__), slots), namedtuples, dataclasses, enums, and classes,
# functions and methods by reference (GLOBAL / STACK_GLOBAL).
import pickle
import collections
import dataclasses
import enum
import copy


class A:
    def __init__(self):
        self.x = 1
        self.y = [1, 'two']

    def __eq__(self, other):
        return type(other) is A and self.__dict__ == other.__dict__


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Flags(enum.IntEnum):
    ONE = 1


P = collections.namedtuple('P', 'x y')


@dataclasses.dataclass
class DC:
    a: int
    b: str = 'z'


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 5


class GS:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v2': self.v}

    def __setstate__(self, state):
        self.v = state['v2'] * 10


class NA(int):
    def __new__(cls, v, w):
        o = int.__new__(cls, v)
        o.w = w
        return o

    def __getnewargs__(self):
        return (int(self), self.w)


class KW:
    def __new__(cls, *args, **kwargs):
        o = object.__new__(cls)
        o.kw = kwargs
        return o

    def __getnewargs_ex__(self):
        return (), {'k': 1}


class Red:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Red, (self.a, self.b))


class RedEx:
    def __reduce_ex__(self, proto):
        return (RedEx, (), {'proto': proto})


class Items(list):
    pass


class Mapping(dict):
    pass


class Outer:
    class Inner:
        pass

    def method(self):
        return 'm'


def func():
    pass


def show(o):
    if isinstance(o, A):
        return 'A', o.__dict__
    if isinstance(o, (Slots,)):
        return 'Slots', o.a, hasattr(o, 'b')
    if isinstance(o, GS):
        return 'GS', o.v
    if isinstance(o, NA):
        return 'NA', int(o), o.w
    if isinstance(o, KW):
        return 'KW', o.kw
    if isinstance(o, Red):
        return 'Red', o.a, o.b
    if isinstance(o, RedEx):
        return 'RedEx', o.__dict__
    if isinstance(o, Outer.Inner):
        return 'Inner'
    if isinstance(o, (Items, Mapping)):
        return type(o).__name__, list(o) if isinstance(o, list) else dict(o), o.__dict__
    if callable(o) and hasattr(o, '__qualname__'):
        return o.__qualname__
    return o


items = Items([1, 2])
items.tag = 't'
mapping = Mapping(a=1)
values = [A(), Color.RED, Color.GREEN, Color, Flags.ONE, P(1, 2), DC(3), Slots(), GS(9),
          NA(4, 'w'), KW(), Red(1, [2]), RedEx(), items, mapping, Outer.Inner, Outer.Inner(),
          func, len, A, int, type(None), Outer().method, [].append,
          ValueError('bad', 2), KeyError('k'), complex(1, 2), range(1, 9, 2), slice(1, 2),
          [Color.RED, Color.RED, Color.GREEN], [A, Color, P, DC]]
for proto in range(6):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, 'ERR', type(e).__name__, e)
            continue
        back = pickle.loads(data)
        r = show(back)
        if r is back and callable(back):
            r = 'callable'
        print(proto, data)
        print('  ->', r)

# copy shares the reduce machinery.
for v in [A(), GS(2), NA(3, 'x'), KW(), Red(1, [2]), items, Slots(), P(1, [2]), DC(1)]:
    c = copy.copy(v)
    dc = copy.deepcopy(v)
    print(type(v).__name__, show(c), show(dc))
