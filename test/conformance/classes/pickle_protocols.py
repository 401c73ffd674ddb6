# pickle round trips of user classes over protocols 0-5, __getstate__/__setstate__, __reduce__
import pickle
class P:
    def __init__(self, a, b): self.a = a; self.b = b
    def __eq__(self, o): return type(o) is P and vars(o) == vars(self)
    def __repr__(self): return f'P({self.a!r}, {self.b!r})'
class St:
    def __init__(self): self.v = 1; self.cache = 'big'
    def __getstate__(self): s = self.__dict__.copy(); del s['cache']; return s
    def __setstate__(self, s): self.__dict__.update(s); self.cache = 'rebuilt'
class Red:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (Red, (self.x * 2,))
class NA:
    def __new__(cls, n): o = super().__new__(cls); o.n = n; return o
    def __getnewargs__(self): return (self.n,)
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
class Sub(list):
    pass
data = [P(1, [2, 3]), {'k': P('s', None)}, (1, 2.5, 'x', b'y', None, True), {1, 2}, frozenset([3])]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, proto)
    back = pickle.loads(s)
    st = pickle.loads(pickle.dumps(St(), proto))
    r = pickle.loads(pickle.dumps(Red(3), proto))
    na = pickle.loads(pickle.dumps(NA(4), proto))
    sl = pickle.loads(pickle.dumps(Sl(), max(proto, 2)))
    sb = Sub([1, 2]); sb.attr = 'z'
    sb2 = pickle.loads(pickle.dumps(sb, proto))
    print(proto, back == data, vars(st), r.x, na.n, sl.a, sl.b, type(sb2).__name__, sb2, sb2.attr)
shared = [1]
obj = [shared, shared]
for proto in (0, 2, 5):
    b = pickle.loads(pickle.dumps(obj, proto)); print(b[0] is b[1])
rec = []; rec.append(rec)
b = pickle.loads(pickle.dumps(rec)); print(b[0] is b)
def local():
    class Local: pass
    return Local()
try: pickle.dumps(local())
except (pickle.PicklingError, AttributeError) as e: print(type(e).__name__, str(e).split(' at ')[0], str(e).split(':')[-1])
try: pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e: print(type(e).__name__, str(e).split(' at ')[0], str(e).split(':')[-1])
print(pickle.loads(pickle.dumps(P)) is P, pickle.loads(pickle.dumps(len)) is len)
print(pickle.dumps(1, 0), pickle.dumps([1, 'a'], 2), pickle.dumps(P(1, 2), 0)[:20])
class Bad:
    def __reduce__(self): return 5
try: pickle.dumps(Bad())
except pickle.PicklingError as e: print('PicklingError:', e)
try: pickle.loads(b'garbage')
except pickle.UnpicklingError as e: print('UnpicklingError:', e)
import enum, collections
class Col(enum.Enum):
    R = 1
Pt = collections.namedtuple('Pt', 'x y')
print(pickle.loads(pickle.dumps(Col.R)) is Col.R, pickle.loads(pickle.dumps(Pt(1, 2))))
for proto in (0, 1):
    try: pickle.dumps(Sl(), proto)
    except TypeError as e: print('TypeError:', e)
