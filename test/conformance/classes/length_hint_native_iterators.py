# length hints of reversed() and iter() over a class's sequence call its __len__; which builtins ask
import operator
class S:
    def __init__(self, n=2): self.n = n
    def __len__(self): print('len'); return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i
print(operator.length_hint(reversed(S())))
print(operator.length_hint(iter(S())))
it = iter(S()); next(it); print(operator.length_hint(it), it.__length_hint__())
r = reversed(S()); next(r); next(r); print(r.__length_hint__())
try: next(r)
except StopIteration: print('stop')
print(r.__length_hint__())
i = iter(S()); list(i); print(i.__length_hint__())
shrink = S(3); r2 = reversed(shrink); shrink.n = 1; print(r2.__length_hint__())
class NoLen:
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
print(iter(NoLen()).__length_hint__(), operator.length_hint(iter(NoLen()), 7))
print(list(reversed(S())))
print(list(iter(S())))
print(sorted(iter(S())))
print(tuple(reversed(S())))
print(''.join(map(str, reversed(S()))))
print([*reversed(S())])
class HintIter:
    def __init__(self, items): self.items = list(items)
    def __iter__(self): return self
    def __next__(self):
        if not self.items: raise StopIteration
        return self.items.pop(0)
    def __length_hint__(self): print('hint', len(self.items)); return len(self.items)
class Wrap:
    def __iter__(self): print('iter'); return HintIter(['a', 'b'])
print('-'.join(Wrap()))
print(b'-'.join(HintIter([b'x', b'y'])))
l = [0, 0, 0]; l[1:2] = HintIter([7, 8]); print(l)
print(list(HintIter([1])), tuple(HintIter([2])))
class L(list):
    def __iter__(self): print('L.__iter__'); return iter([9])
x = [0, 0]; x[0:1] = L([1]); print(x)
try: print(''.join(L(['a'])))
except TypeError as e: print('TypeError:', e)
class BadIt:
    def __iter__(self): return 5
for f in [lambda: ''.join(BadIt()), lambda: b''.join(5), lambda: ''.join(5), lambda: b''.join(BadIt())]:
    try: f()
    except TypeError as e: print('TypeError:', e)
