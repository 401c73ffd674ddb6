# sorting user objects: __lt__ only, NotImplemented both ways, key objects, stability, errors mid-sort
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, K): return NotImplemented
        return self.v < o.v
    def __repr__(self): return f'K{self.v}'
print(sorted([K(3), K(1), K(2)]), min(K(5), K(4)), max([K(1), K(9), K(3)]))
try: sorted([K(1), 2])
except TypeError as e: print('TypeError:', e)
try: sorted([2, K(1)])
except TypeError as e: print('TypeError:', e)
class Nothing: pass
try: sorted([Nothing(), Nothing()])
except TypeError as e: print('TypeError:', e)
try: max(Nothing(), Nothing())
except TypeError as e: print('TypeError:', e)
try: [Nothing(), Nothing()].sort()
except TypeError as e: print('TypeError:', e)
print(sorted([Nothing()]) != [], sorted([], key=lambda x: x))
class Raiser:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3: raise ValueError('cannot compare 3')
        return self.v < o.v
data = [Raiser(v) for v in [5, 1, 3, 2]]
try: data.sort()
except ValueError as e: print('ValueError:', e)
print(sorted(v.v for v in data))
l = [3, 1, 2]
def bad_key(x):
    if x == 2: raise KeyError('bad key')
    return x
try: l.sort(key=bad_key)
except KeyError as e: print('KeyError:', e)
print(l)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
class Mut:
    def __init__(self, v, lst): self.v = v; self.lst = lst
    def __lt__(self, o): self.lst.append(0); return self.v < o.v
lst = []
ms = [Mut(i, lst) for i in [3, 1, 2]]
try: lst.sort()
except ValueError as e: print('ValueError:', e)
holder = []
items = [Mut(i, holder) for i in range(3)]
try:
    class M2:
        def __init__(self, v): self.v = v
        def __lt__(self, o): target.append(1); return self.v < o.v
    target = [M2(2), M2(1)]
    target.sort()
except ValueError as e: print('ValueError:', e)
import functools
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted(['b', 'A', 'c'], key=str.lower))
class Desc:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f'D{self.v}'
print(sorted([Desc(1), Desc(3), Desc(2)]))
print(sorted([1, 2, 3], key=lambda x: K(-x)))
