# int/str/float/tuple subclasses overriding __hash__ and __eq__ as dict and set keys
class CIStr(str):
    def __hash__(self): return hash(self.lower())
    def __eq__(self, o): return isinstance(o, str) and self.lower() == o.lower()
    __ne__ = lambda s, o: not s.__eq__(o)
d = {CIStr('Key'): 1}
print(d.get(CIStr('KEY')), CIStr('key') in d, 'key' in d, 'Key' in d, d.get('Key'))
s = {CIStr('A'), CIStr('a')}; print(len(s))
class ModInt(int):
    def __hash__(self): return int(self) % 10
    def __eq__(self, o): return int(self) % 10 == int(o) % 10
m = {ModInt(3): 'three'}
print(m.get(ModInt(13)), ModInt(23) in m, 3 in m, 13 in m, m.get(3), {ModInt(1), ModInt(11), 1})
class NoisyInt(int):
    def __eq__(self, o): print('NoisyInt.__eq__', int(self), o); return int.__eq__(self, o)
    __hash__ = int.__hash__
n = {NoisyInt(5): 'x', 6: 'y'}
print(n[5], n.get(NoisyInt(6)), NoisyInt(5) in n, 5 in {NoisyInt(5)})
print([NoisyInt(1)].index(1), [1].index(NoisyInt(1)), NoisyInt(1) in [1], 1 in [NoisyInt(1)], [NoisyInt(2)].count(2))
print((NoisyInt(1),) == (1,), [1] == [NoisyInt(1)], {NoisyInt(1): 0} == {1: 0})
class FloatKey(float):
    def __hash__(self): return 7
    def __eq__(self, o): return True
f = {FloatKey(1.5): 'f'}
print(f.get(2.5), f.get('anything'), FloatKey(0) in {1: 1}, {FloatKey(1): 1, FloatKey(2): 2})
class TupKey(tuple):
    def __hash__(self): return 1
    def __eq__(self, o): return len(self) == len(o)
t = {TupKey((1, 2)): 'pair'}
print(t.get((3, 4)), t.get(TupKey((5, 6))), (9, 9) in t, t.get((1,)))
class BadHash(str):
    def __hash__(self): raise ValueError('no hash for you')
try: {BadHash('x'): 1}
except ValueError as e: print('ValueError:', e)
try: BadHash('x') in {'x': 1}
except ValueError as e: print('ValueError:', e)
try: BadHash('x') in {'x'}
except ValueError as e: print('ValueError:', e)
print(BadHash('x') in ['x'], 'x' == BadHash('x'))
import collections
c = collections.Counter([CIStr('a'), CIStr('A'), 'a'])
print(sorted(c.values()))
d2 = {CIStr('Key'): 1, (1, 2): 'tuple'}
d2['key'] = 2; d2['other'] = 3
print(d2, len(d2), d2.pop('KEY', 'none'), d2)
d3 = {CIStr('X'): 1}; del d3['x']; print(d3)
d4 = {CIStr('Y'): 1}; print(d4.setdefault('y', 5), d4.get('y'), list(d4), {**d4, 'y': 9})
s2 = {CIStr('Q')}; print('q' in s2, s2 | {'q'}, len(s2 | {'q'}))
def loop():
    d = {CIStr('Hot'): 0}
    for i in range(3000): d['hot'] = d['hot'] + 1
    return d
print(loop())
