# How often a key's __hash__ and __eq__ run when dicts and sets are copied, merged and
# converted: CPython reuses the hash each entry keeps (dict(d), set(d), dict.fromkeys(s), |, update).
calls = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        calls.append('h')
        return hash(self.v)
    def __eq__(self, o):
        calls.append('e')
        return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"

def count(label, f):
    calls.clear()
    r = f()
    print(label, calls.count('h'), calls.count('e'))
    return r

def mk(): 
    return {K(1): 1, K(2): 2, 'a': 3}
d = count('build', mk)
d2 = count('build2', lambda: {K(1): 1, K(2): 2})
count('update', lambda: {'a': 1}.update({K(3): 0}))
count('update2', lambda: {'a': 1}.update(d2))
count('update3', lambda: {}.update(d2))
count('update4', lambda: {K(1): 5}.update(d2))
count('set(d)', lambda: set(d))
count('frozenset(d)', lambda: frozenset(d))
count('fromkeys', lambda: dict.fromkeys(d))
count('fromkeys2', lambda: dict.fromkeys(d2))
s = set(d2)
count('set(s)', lambda: set(s))
count('frozenset(s)', lambda: frozenset(s))
count('fromkeys(s)', lambda: dict.fromkeys(s))
count('dict(d)', lambda: dict(d))
count('dict(d2)', lambda: dict(d2))
count('**d', lambda: {**d})
count('**d2', lambda: {**d2})
count('**d + x', lambda: {'x': 1, **d2})
count('copy', lambda: d.copy())
count('copy2', lambda: d2.copy())
t = {K(2), K(5)}
count('s|t', lambda: s | t)
count('s&t', lambda: s & t)
count('s-t', lambda: s - t)
count('s^t', lambda: s ^ t)
count('s|=t', lambda: set(s).__ior__(t))
count('s.union(t)', lambda: s.union(t))
count('s.union(d2)', lambda: s.union(d2))
count('s.update(d2)', lambda: set(s).update(d2))
count('s.issubset(t)', lambda: s.issubset(t))
count('s<=t', lambda: s <= t)
count('s==t', lambda: s == t)
count('d==d', lambda: d2 == dict(d2))
count('keys&', lambda: d2.keys() & s)
count('keys|', lambda: d2.keys() | s)
count('items', lambda: set(d2.items()))
count('in', lambda: K(1) in d)
count('pop', lambda: dict(d).pop(K(1)))
count('del', lambda: dict(d).__delitem__(K(1)))
count('popitem', lambda: dict(d2).popitem())
count('setdefault', lambda: dict(d).setdefault(K(9), 1))
count('Counter', lambda: __import__('collections').Counter(d2))
count('list(d)', lambda: list(d))
count('sorted', lambda: sorted(d2, key=lambda k: k.v))
