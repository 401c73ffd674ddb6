# {**m} in dict displays takes any mapping's keys (not only str), a dict subclass's items
# directly; a call's ** still takes only str keys, once each.
d = {1: 'a', 'k': 2}
print({**d, 'x': 3}, {**d})
def f():
    return {**d, 'x': 3, **{(1, 2): 'tuple'}}
print(f())
class M:
    def keys(self): return [1, 2]
    def __getitem__(self, k): return k * 10
print({**M(), 'z': 0})
class D(dict):
    def keys(self): return ['ignored']
print({**D(a=1)})
for bad in ([1], 5, None):
    try:
        {**bad}
    except TypeError as e: print(e)
def g(**kw): return kw
try:
    g(**{1: 2})
except TypeError as e: print(e)
try:
    g(**{'a': 1}, **{'a': 2})
except TypeError as e: print(e)
print(g(**{'a': 1}, **M.__dict__ and {'b': 2}))
