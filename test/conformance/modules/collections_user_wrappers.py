# collections.UserDict, UserList and UserString: subclassing hooks, .data, mixin methods, copies
from collections import UserDict, UserList, UserString
import collections.abc
class Doubling(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
class WithMissing(UserDict):
    def __missing__(self, k): return 'missing ' + repr(k)
u = Doubling(a=1); u['b'] = 2; u.update({'c': 3}, d=4)
print(u, u.data, len(u), 'a' in u, u.get('zz', 0), sorted(u.keys()), list(u.items())[:2], u.pop('d'), u.setdefault('e', 5), u)
c = u.copy(); print(type(c).__name__, c, c is u)
print(WithMissing({'x': 1})['y'], WithMissing(x=1).get('y', 'dflt'), UserDict.fromkeys('ab', 0), UserDict(a=1) | {'b': 2}, {'z': 0} | UserDict(a=1))
try:
    UserDict()['nope']
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(u, collections.abc.MutableMapping), UserDict(a=1) == {'a': 1}, UserDict.__module__)
class Stack(UserList):
    def push(self, x): self.append(x); return self
s = Stack([3, 1]); s.push(2).push(5)
print(s, s.data, s[1:], type(s[1:]).__name__, s + [9], [0] + s, s * 2, len(s), 5 in s, s.index(2), s.count(1), s == [3, 1, 2, 5], s < [4])
s.sort(); s.reverse(); s.extend(UserList([7])); s += (8,); s.insert(0, -1); print(s, s.pop(), s.pop(0), s)
del s[0]; s[0] = 'x'; print(s, s.copy(), type(s.copy()).__name__, sorted(UserList([3, 1, 2])), list(reversed(UserList('abc'))))
try:
    UserList().pop()
except IndexError as e:
    print(type(e).__name__, e)
class Shout(UserString):
    def shout(self): return self.upper() + '!'
w = Shout('hello world')
print(w, repr(w), w.shout(), type(w.upper()).__name__, w[0], type(w[1:3]).__name__, w + '?', 'say ' + w, w * 2, len(w), 'world' in w, w.split(), w.find('o'), w.replace('l', 'L'), w.title(), w == 'hello world', w < 'z', hash(w) == hash('hello world'))
print(UserString(42), int(UserString('7')) + 1, float(UserString('2.5')), UserString('a,b').partition(','), UserString('%s!') % 'x', w.center(15, '*'), w.startswith('he'), w.count('l'), w.strip('hd'), w.zfill(13))
