# match: custom Mapping (get/getitem calls), custom Sequence (len/getitem calls), subject evaluated once, attribute errors in class patterns, guard rebinding
import collections, collections.abc
class MyInt(int): pass
class MyStr(str):
    __match_args__ = ('extra',)
    extra = 'E'
for v in [MyInt(3), True, bytearray(b'a'), {1}, MyStr('q')]:
    match v:
        case bool(x): print('bool', x)
        case MyStr(e): print('mystr', e)
        case int(x): print('int', x, type(x).__name__)
        case bytearray(x): print('ba', x)
        case set(x): print('set', x)
class M(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print('  getitem', k); return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print('  get', k); return self.d.get(k, default)
match M({'a': 1, 'b': 2}):
    case {'a': 1, 'z': _}: print('no')
    case {'a': a, **rest}: print('M', a, rest)
class NotMap:
    def get(self, k, d=None): return 1
match NotMap():
    case {'a': _}: print('matched notmap')
    case _: print('notmap not mapping')
class Seq(collections.abc.Sequence):
    def __len__(self): print('  len'); return 3
    def __getitem__(self, i):
        print('  getitem', i)
        if isinstance(i, slice): return [0, 1, 2][i]
        if i > 2: raise IndexError
        return i
match Seq():
    case [0, *mid, 2]: print('seq', mid)
def subj():
    print('subject evaluated'); return (1, 2, 3)
match subj():
    case (1, 2): print('two')
    case (1, *_, 3) if print('guard') or True: print('star')
class Bad:
    __match_args__ = 'ab'
try:
    match Bad():
        case Bad(x): pass
except TypeError as e: print(e)
class Raise:
    __match_args__ = ('p',)
    @property
    def p(self): raise AttributeError('nope')
match Raise():
    case Raise(q): print('matched', q)
    case _: print('attr error means no match')
class Raise2:
    @property
    def p(self): raise KeyError('k')
try:
    match Raise2():
        case Raise2(p=1): pass
except KeyError as e: print('KeyError propagates', e)
try:
    match 1:
        case collections.nope: pass
except AttributeError as e: print(e)
Point = collections.namedtuple('Point', 'x y')
match Point(1, 2):
    case Point(x=1, y=yy) | Point(x=yy, y=1): print('or', yy)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d] as inner] as mid]: print(a, b, c, d, inner, mid)
match {'k': None}:
    case {'k': None as n}: print('none as', n)
match 0.0:
    case -0.0: print('neg zero matches')
match 1:
    case 1.0: print('1 == 1.0 matches')
match float('nan'):
    case _ if False: pass
    case x: print('nan captured', x)
match 'abc':
    case str(s) if len(s) > 2: print('long str', s)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e: print(e)
try:
    match 5:
        case object(1): pass
except TypeError as e: print(e)
try:
    match 5:
        case 5 if 1/0: pass
except ZeroDivisionError as e: print('guard raised', e)
x = 'outer'
match 7:
    case x if x > 10: pass
    case _: print('x rebound even on guard fail:', x)
match (1, 2):
    case (a, b) if a > b: print('no')
    case (a, b): print('rebound', a, b)
