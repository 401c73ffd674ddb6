# dict.popitem(): last in, first out, through every change between calls, until KeyError.
d = {i: i for i in range(50000)}
s = 0
while d:
    k, v = d.popitem()
    s += k
print(s)
d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d)
d['z'] = 26
print(d.popitem(), d.popitem(), d)
d['b'] = 5
d['a'] = 9
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
e = {1: 'x', 2: 'y'}
e.popitem()
e[3] = 'z'
del e[1]
print(e.popitem(), e)
print(e.popitem() if e else 'empty', e)
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return f'K({self.n})'
f = {K(1): 1, 2.5: 'f', K(3): 3, True: 't'}
while f:
    print(f.popitem(), len(f))
