# f(**d) and f(*t) with a dict subclass overriding __iter__ / a tuple subclass: merged and iterated as CPython does
class DKeys(dict):
    def keys(self): print('DKeys.keys'); return ['a']
    def __getitem__(self, k): print('DKeys.__getitem__', k); return 'sub-' + str(super().__getitem__(k))
    def __iter__(self): print('DKeys.__iter__'); return iter(['a'])
d = DKeys(a=1, b=2)
print('**', {**d})
print('f(**)', (lambda **k: k)(**d))
print('|', {} | d)
x = {}; x |= d; print('|=', x)
print('dict', dict(d))
def g(**k): return k
print('g(**)', g(**d), g(x=1, **d))
print('mixed', {'z': 0, **d})
import collections
print(collections.OrderedDict(d))
class OnlyKeys(dict):
    def keys(self): print('OnlyKeys.keys'); return ['a']
ok = OnlyKeys(a=1, b=2)
print({**ok}, dict(ok), {} | ok, g(**ok))
