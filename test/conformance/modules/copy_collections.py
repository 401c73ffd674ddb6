import copy
from collections import namedtuple, deque, defaultdict, Counter, OrderedDict

P = namedtuple('P', 'x y')
p = P(1, [2])
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).y is p.y, type(copy.deepcopy(p)).__name__)
d = deque([[1], 2], maxlen=5)
print(copy.copy(d), copy.deepcopy(d), copy.deepcopy(d)[0] is d[0])
dd = defaultdict(list, a=[1])
c1 = copy.deepcopy(dd); c1['b'].append(2)
print(c1, dd, c1['a'] is dd['a'])
print(copy.copy(Counter('aab')), copy.deepcopy(OrderedDict(a=[1])))
class Wrapper(int):
    pass
w = Wrapper(5); w.note = 'n'
cw = copy.copy(w)
print(cw, type(cw).__name__, cw.note)
class T(tuple):
    pass
print(copy.deepcopy(T((1, [2]))), type(copy.deepcopy(T((1,)))).__name__)
class S(set):
    pass
print(sorted(copy.copy(S([3, 1]))), type(copy.copy(S([1]))).__name__)
class WithState:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'
ws = copy.deepcopy(WithState())
print(ws.a, ws.cache)
class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (R, (self.v * 10,))
print(copy.copy(R(1)).v, copy.deepcopy(R(2)).v)
