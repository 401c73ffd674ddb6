# A class registered with collections.abc.Sequence or Mapping (ABC.register) takes part in
# sequence and mapping patterns, as do its subclasses (made before or after); a later
# registration replaces the kind, and built-in types keep theirs.
from collections.abc import Sequence, Mapping, MutableSequence, MutableMapping, Set


class Seq:
    def __init__(self, *a):
        self.a = a
    def __len__(self):
        return len(self.a)
    def __getitem__(self, i):
        return self.a[i]


class Map:
    def __init__(self, **k):
        self.k = k
    def __len__(self):
        return len(self.k)
    def __getitem__(self, i):
        return self.k[i]
    def __iter__(self):
        return iter(self.k)
    def keys(self):
        return self.k.keys()
    def get(self, k, d=None):
        return self.k.get(k, d)


def kind(x):
    match x:
        case [a, b]:
            return f"seq2 {a} {b}"
        case [*rest]:
            return f"seq {list(rest)}"
        case {'k': v, **others}:
            return f"map k={v} others={others}"
        case {}:
            return "map"
        case _:
            return "other"


class Before(Seq):
    pass


print(kind(Seq(1, 2)), kind(Map(k=3)), kind(Before(1, 2)))
print(Sequence.register(Seq) is Seq, Mapping.register(Map) is Map)
print(kind(Seq(1, 2)), kind(Seq(1, 2, 3)), kind(Map(k=3, j=4)), kind(Map()), kind(Before(5, 6)))


class After(Seq):
    pass


print(kind(After(7, 8)))

# A class that is a mapping becomes a sequence when registered as one (3.11).
class Both(Map):
    pass


Sequence.register(Both)
print(kind(Both(k=1)), isinstance(Both(), Sequence))

# MutableSequence carries Sequence's flag; a set-like ABC carries none.
class MSeq(Seq):
    pass


MutableSequence.register(MSeq)
print(kind(MSeq(9, 10)))


class SetLike(Seq):
    pass


class Plain:
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError(i)
    def __iter__(self):
        return iter(())
    def __contains__(self, x):
        return False


Set.register(Plain)
print(kind(Plain()))

# Built-in types keep theirs: str and bytes never match a sequence pattern.
Sequence.register(str)
MutableMapping.register(dict)
print(kind('ab'), kind(b'ab'), kind({'k': 0}))


# A registration reaches the subclasses made before it; a subclass of a dict or list
# (a class written in Python) can be made the other kind.
class Root:
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError(i)
    def __iter__(self):
        return iter(())
    def keys(self):
        return []
    def get(self, k, d=None):
        return d


class Leaf(Root):
    pass


class Other:
    pass


class Joined(Other, Root):
    pass


Mapping.register(Root)
print(kind(Leaf()), kind(Joined()))
Sequence.register(Root)
print(kind(Leaf()), kind(Joined()))


class D(dict):
    pass


class L(list):
    pass


Sequence.register(D)
Mapping.register(L)
print(kind(D()), kind(L()))
