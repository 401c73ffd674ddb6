# collections.UserDict/UserList/UserString subclasses, OrderedDict and Counter subclasses
from collections import UserDict, UserList, UserString, OrderedDict, Counter, defaultdict, ChainMap, deque
class UD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __missing__(self, k): return f'missing {k}'
u = UD({'A': 1}, B=2); u.update(C=3); u.setdefault('D', 4)
print(u, u['a'], u['zz'], 'a' in u, len(u), u.get('q', 'g'), type(u.copy()).__name__, u | {'e': 5}, type(u | {}).__name__, {'x': 0} | u)
print(u.data, repr(u), u == {'a': 1, 'b': 2, 'c': 3, 'd': 4}, dict(u), list(u), u.pop('a'), u.popitem())
print(UD.fromkeys('XY', 0), type(UD.fromkeys('X')).__name__)
class UL(UserList):
    def append(self, x): super().append(x * 10)
l = UL([3, 1, 2]); l.append(1); l.extend([5]); l += [6]
print(l, type(l + [1]).__name__, type(l[1:]).__name__, type(l * 2).__name__, l.count(10), l.index(2), sorted(l), l == [3, 1, 2, 10, 5, 6], l < [4])
l.sort(); l.reverse(); print(l, l.pop(), l.copy(), type(l.copy()).__name__, 3 in l, [0] + l, type([0] + l).__name__)
class US(UserString):
    def shout(self): return self.upper() + '!'
s = US('hello')
print(s, s.shout(), type(s.upper()).__name__, s[1:3], type(s[1:3]).__name__, s + 'x', 'x' + s, type('x' + s).__name__, s * 2, s == 'hello', s < 'z', len(s), 'ell' in s, s.split('l'), s.replace('l', 'L'), s.find('l'), repr(s), s.center(9, '*'))
try: f'{s:>7}'
except TypeError as e: print('TypeError:', e)
class OD(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v); self.move_to_end(k, last=False)
o = OD(); o['a'] = 1; o['b'] = 2; o['c'] = 3
print(o, list(o), o.popitem(), o.popitem(last=False), repr(OrderedDict()), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
class C(Counter): pass
c = C('abracadabra')
print(c.most_common(2), type(c + C('a')).__name__, c - C('aaaaaaa'), c & C('ab'), c | C('zz'), +C({'x': -1, 'y': 2}), -C({'x': -1}), c.total(), sorted(c.elements())[:4])
c.subtract('aaa'); print(c['a'], c['missing'], type(c.copy()).__name__)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter('ab') < Counter('abc'))
class DD(defaultdict): pass
dd = DD(list); dd['x'].append(1); print(dd, type(dd.copy()).__name__, repr(DD(int)))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
cm['c'] = 4; print(cm, cm.maps, dict(cm), cm.new_child({'z': 0}), cm.parents, len(cm), list(cm))
try: del cm['b']
except KeyError as e: print('KeyError:', e)
class DQ(deque): pass
d = DQ([1, 2, 3], maxlen=3); d.append(4); print(d, type(d.copy()).__name__, d.maxlen, repr(DQ()))
