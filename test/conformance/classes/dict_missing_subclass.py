# __missing__ on dict subclasses: which operations call it
class D(dict):
    def __missing__(self, k):
        print('missing', k)
        return k * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('q'), 'zz' in d, d)
class Store(dict):
    def __missing__(self, k):
        self[k] = v = []
        return v
s = Store()
s['x'].append(1); s['x'].append(2); s['y'].append(3)
print(s)
class Raise(dict):
    def __missing__(self, k): raise KeyError(f'no {k}')
try: Raise()['k']
except KeyError as e: print('KeyError:', e)
class NotCalled(dict): pass
nc = NotCalled()
nc.__missing__ = lambda k: 'inst'
try: nc['x']
except KeyError as e: print('KeyError:', e)
print(D(a=1).pop('b', 'dflt'), D().setdefault('k', 5))
import collections
dd = collections.defaultdict(list)
dd['a'].append(1)
print(dd, dd.default_factory, repr(collections.defaultdict(None)))
try: collections.defaultdict(None)['x']
except KeyError as e: print('KeyError:', e)
class DD(collections.defaultdict):
    def __missing__(self, k): return 'sub'
print(DD(int)['z'])
class Counter2(collections.Counter): pass
c = Counter2('abca')
print(c['a'], c['z'], sorted(c.items()))
# format_map uses __missing__
class Fmt(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map(Fmt(a=1)))
# ChainMap
cm = collections.ChainMap({'a': 1}, Fmt(b=2))
print(cm['a'], cm['b'])
try: print(cm['c'])
except KeyError as e: print('KeyError', e)
class Missing2(dict):
    def __missing__(self, k): return 0
m = Missing2()
m['a'] += 1; m['a'] += 1
print(m)
