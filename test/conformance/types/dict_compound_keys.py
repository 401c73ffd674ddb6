# Tuple and frozenset keys filed by their hash (bucket numbers from set.ts's int32 hash): equal keys of
# different types, nested tuples, user hashes run once per operation, removal, big and negative hashes.
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print('hash', self.v); return hash(self.v)
    def __eq__(self, o):
        print('eq', self.v); return (o.v if isinstance(o, H) else o) == self.v
d = {(1, 2): 'a', (1.0, 2.0): 'b', (True, 2): 'c'}
print(d, len(d))
d[(1, 2, (3, 'x'))] = 1
print((1.0, 2, (3.0, 'x')) in d, d.get((1, 2, (3, 'y'))))
e = {}
e[H(5)] = 'h5'; e[5] = 'int5'; e[(H(1), 2)] = 't'
print(len(e), e[5], e[(H(1), 2)])
del e[(H(1), 2)]
print(len(e), list(e.values()))
big = {(i, -i): i for i in range(-3, 3)}
print(big, (0, 0) in big, (-1, 1) in big, big.pop((2, -2)), big)
x = {(2**70, 1): 'big', (-1,): 'm1', (-2,): 'm2', (float('nan'),): 'nan'}
print(x[(2**70, 1)], x[(-1,)], x[(-2,)], (float('nan'),) in x)
f = {frozenset({1, 2}): 1, frozenset(): 2}
print(f[frozenset([2, 1])], f[frozenset()])
import collections
c = collections.Counter([(1, 'a'), (1, 'a'), (2, 'b')])
print(c, c[(1, 'a')])
m = {}
for i in range(1000): m[(i % 10, i % 3)] = i
for i in range(0, 1000, 7): m.pop((i % 10, i % 3), None)
print(len(m), sorted(m.items())[:5])
print({(1, 2): 1} == {(1.0, 2.0): 1}, {(1, 2): 1} == {(1, 3): 1})
class K(tuple): pass
k = {K((1, 2)): 'K'}; print(k[(1, 2)], (1, 2) in k)
class HT(tuple):
    def __hash__(self): print('HT hash'); return 7
ht = {HT((1,)): 1}; print(ht.get(HT((1,))), ht.get((1,)))
