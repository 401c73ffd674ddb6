# dict.pop and del with int keys: a key first inserted as True or 1.0 (the dict keeps that
# key object), a dict that also holds tuples and frozensets (keys hashed by value), misses.
d = {True: 'a', 2.0: 'b', 3: 'c', (1, 2): 'd', frozenset({5}): 'e'}
print(d.pop(1), d.pop(2), d.pop(3, 'gone'), d.pop(3, 'gone'), d)
d[1] = 'x'
print(list(d), d.pop(1.0), d.pop(True, None))
e = {1.0: 'f', 5: 'g'}
print(e.pop(1), e.pop(1, 'miss'), e.pop(5), e)
big = {k: k * k for k in range(1000)}
print(sum(big.pop(k, 0) for k in range(0, 2000, 3)), len(big))
try:
    big.pop(3)
except KeyError as ex:
    print('KeyError', ex)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, H) else o)
m = {H(7): 'h', 8: 'i'}
print(m.pop(7), m.pop(8), m, m.pop(7, 'none'))
del big[4]
print(4 in big, big.pop(-1, 'neg'), big.pop(2 ** 70, 'huge'))
