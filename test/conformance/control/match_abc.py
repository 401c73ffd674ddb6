# Subclasses of collections.abc.Sequence / MutableSequence / Mapping match sequence and mapping patterns.
import collections.abc
class S(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
class M(collections.abc.Mapping):
    def __init__(self): self.d = {"a": 1, "b": 2}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class MS(collections.abc.MutableSequence):
    def __init__(self): self.l = [1, 2, 3]
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
for v in [S(), M(), MS(), "str", {"a": 1}]:
    match v:
        case [a, b]: print("pair", a, b)
        case [*xs]: print("seq", xs)
        case {"a": a, **rest}: print("map", a, rest)
        case _: print("neither")
