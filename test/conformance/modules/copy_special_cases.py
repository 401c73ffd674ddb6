# copy: dict/deque/namedtuple/enum/partial/slots, __getstate__/__reduce__/__reduce_ex__, memo
import copy, collections, array, types, functools, re, datetime, decimal, fractions, enum
class D(dict):
    def __init__(self, *a, **k): super().__init__(*a, **k); self.tag = 'd'
d = D(a=[1]); d2 = copy.copy(d); d3 = copy.deepcopy(d)
print(type(d2).__name__, d2, d2.tag, d2['a'] is d['a'], d3['a'] is d['a'], d3.tag)
dd = collections.defaultdict(list, {'x': [1]}); print(copy.deepcopy(dd), copy.copy(dd).default_factory is list)
dq = collections.deque([[1], [2]], maxlen=3); dq2 = copy.deepcopy(dq); print(dq2, dq2.maxlen, dq2[0] is dq[0])
od = collections.OrderedDict(b=1, a=2); print(copy.deepcopy(od), copy.copy(collections.Counter('aab')))
print(copy.deepcopy(array.array('i', [1, 2])), copy.copy(types.SimpleNamespace(a=[1])), copy.deepcopy(re.compile('a+')) is not None)
P = collections.namedtuple('P', 'x y'); p = P([1], 2); print(copy.deepcopy(p), copy.deepcopy(p).x is p.x, copy.copy(p) is p)
print(copy.deepcopy(datetime.datetime(2020, 1, 1)), copy.deepcopy(decimal.Decimal('1.5')), copy.copy(fractions.Fraction(1, 3)))
class E(enum.Enum):
    A = [1]
print(copy.deepcopy(E.A) is E.A, copy.copy(E.A) is E.A)
f = functools.partial(max, [1]); print(copy.deepcopy(f).args, copy.copy(f).func is max)
class Slots:
    __slots__ = ('x', '__dict__')
s = Slots(); s.x = [1]; s.y = 2; s2 = copy.deepcopy(s); print(s2.x, s2.y, s2.x is s.x)
class WithState:
    def __init__(self): self.a = 1; self.cache = 'big'
    def __getstate__(self): st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'rebuilt'
w = copy.deepcopy(WithState()); print(w.a, w.cache, copy.copy(WithState()).cache)
class Red:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Red, (self.v * 10,))
print(copy.copy(Red(1)).v, copy.deepcopy(Red(2)).v)
class RedEx:
    def __reduce_ex__(self, proto): print('proto', proto); return (RedEx, ())
copy.copy(RedEx()); copy.deepcopy(RedEx())
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo, len(memo))
class NoCopy:
    def __reduce_ex__(self, p): raise TypeError('cannot copy NoCopy')
try: copy.copy(NoCopy())
except TypeError as e: print('TypeError', e)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.deepcopy(range(3)), copy.copy(frozenset({1})) , copy.deepcopy((1, [2]))[1])
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(copy.deepcopy(WithMeta) is WithMeta, copy.Error, issubclass(copy.Error, Exception))
