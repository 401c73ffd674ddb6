# A key object of a class of the program's own equal to a str, float or big int key with the
# same hash is that key, as in CPython (dicts and sets alike).
from fractions import Fraction as F
print(F(1, 4) in {0.25: 'q'}, {0.25: 'q'}.get(F(1, 4)), {0.25: 'q'}[F(1, 4)])
d = {0.5: 'half', 'x': 1, 10**30: 'big', 3: 'three'}
print(F(1, 2) in d, d.get(F(10**30)), d.get(F(3)), F(7, 3) in d)
class Name:
    def __init__(self, s): self.s = s
    def __hash__(self): return hash(self.s)
    def __eq__(self, other): return self.s == (other.s if isinstance(other, Name) else other)
words = {'alpha': 1, 'beta': 2}
print(Name('alpha') in words, words.get(Name('beta')), Name('gamma') in words)
words[Name('alpha')] = 10
print(words, len(words))
del words[Name('beta')]
print(words)
s = {0.25, 'alpha'}
print(F(1, 4) in s, Name('alpha') in s)
keyed = {}
for i in range(2000):
    keyed[Name('k%d' % i)] = i
print(len(keyed), keyed[Name('k1999')])
