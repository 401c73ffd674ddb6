# [a, *_, b] indexes the subject (len, then __getitem__) where [a, *rest] iterates it, as in CPython.
import collections.abc
class Loud(collections.abc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len"); return self.n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n or i < 0: raise IndexError(i)
        return i * 10
    def __iter__(self):
        print("iter"); return iter([i * 10 for i in range(self.n)])
for n in [1, 3, 5]:
    match Loud(n):
        case [a, *_, b, c]: print("subscr", a, b, c)
        case [a, *rest]: print("unpack", a, rest)
        case [*_]: print("any")
match range(10**6):
    case [first, *_, last]: print(first, last)
match [1, 2, 3]:
    case [_, *_, _]: print("only wildcards")
