# How many times dict and set operations call a key's __hash__ (setdefault hashes a new key once, as CPython)
n = 0
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        global n
        n += 1
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
def count(label, fn):
    global n
    n = 0
    fn()
    print(label, n)
k = K(1)
d = {'a': 1, 'b': 2}
count('update empty', lambda: {}.update({K(2): 0}))
count('update kw list', lambda: {'a': 1}.update([(K(3), 1)]))
count('setdefault', lambda: d.setdefault(k, 5))
count('setdefault again', lambda: d.setdefault(k, 5))
count('pop', lambda: d.pop(k))
count('pop missing', lambda: d.pop(k, None))
count('in', lambda: k in d)
count('get', lambda: d.get(k))
count('getitem set', lambda: d.__setitem__(k, 1))
count('copy', lambda: d.copy())
count('dict(d)', lambda: dict(d))
count('fromkeys', lambda: dict.fromkeys([k, K(5)]))
count('comprehension', lambda: {x: 1 for x in d})
count('set comp', lambda: {x for x in d})
count('set add', lambda: set().add(k))
s = {k, 'x'}
count('set copy', lambda: s.copy())
count('set union', lambda: s | {K(9)})
count('set update', lambda: set(s).update([K(10)]))
count('set in', lambda: k in s)
count('set remove', lambda: set(s).discard(k))
count('display', lambda: {k: 1, 'a': 2})
count('set display', lambda: {k, 'a'})
count('list to set', lambda: set([k, k]))
count('del', lambda: dict(d).__delitem__(k))
count('popitem', lambda: dict(d).popitem())
count('keys &', lambda: d.keys() & {k})
count('dict eq', lambda: d == dict(d))
count('set eq', lambda: s == set(s))
count('dict(kw)', lambda: dict({k: 1}, a=2))
count('Counter', lambda: __import__('collections').Counter([k, k]))
count('defaultdict', lambda: __import__('collections').defaultdict(int, d))
