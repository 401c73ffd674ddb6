# sort keys of every kind of callable: lambdas, functions with defaults or *args, closures,
# itemgetter and attrgetter (one item or several), bound methods, classes, objects with
# __call__; a key that raises (the traceback shows the key's frame), a key that changes the
# list, and generator functions as keys.
from operator import itemgetter, attrgetter
import sys

rows = [(i % 7, -i, 'r%03d' % i) for i in range(600)]
print(sorted(rows, key=lambda r: r[0])[:3], sorted(rows, key=itemgetter(0))[:3])
print(sorted(rows, key=itemgetter(0, 1))[:3], sorted(rows, key=itemgetter(2), reverse=True)[:2])
def k_default(r, scale=2):
    return r[1] * scale
def k_star(*args):
    return args[0][0]
print(sorted(rows, key=k_default)[:2], sorted(rows, key=k_star)[-2:])
def make(n):
    return lambda r: (r[0] + n) % 7
print(sorted(rows, key=make(3))[:3])

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'P(%d, %d)' % (self.x, self.y)
    def norm(self):
        return abs(self.x) + abs(self.y)
ps = [P(i % 5, -(i % 3)) for i in range(300)]
print(sorted(ps, key=attrgetter('x'))[:4], sorted(ps, key=attrgetter('y', 'x'))[:3], sorted(ps, key=P.norm)[-2:])

class Weight:
    calls = 0
    def __call__(self, r):
        Weight.calls += 1
        return r[1] % 11
print(sorted(rows, key=Weight())[:3], Weight.calls)
print(sorted(['b', 'A', 'c'] * 100, key=str.lower)[:4], sorted([3, -1, 2] * 100, key=abs)[:3], sorted(rows, key=str)[:1])
print(sorted([[2], [1, 1], []] * 100, key=len)[:3], sorted(['10', '9', '100'] * 100, key=int)[:2])

class Box:
    def __init__(self, v):
        self.v = v
print([b.v for b in sorted([Box(3), Box(1), Box(2)] * 100, key=attrgetter('v'))][:4])
try:
    sorted([Box(1), 5] * 200, key=attrgetter('v'))
except AttributeError as exc:
    print('AttributeError', exc)
try:
    sorted([(1,), ()] * 200, key=itemgetter(0))
except IndexError as exc:
    print('IndexError', exc)

def bad(r):
    if r[1] == -300:
        raise ValueError('bad row %r' % (r,))
    return r[0]
try:
    sorted(rows, key=bad)
except ValueError as exc:
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('ValueError', exc, names)

def gen_key(r):
    yield r
try:
    sorted(rows, key=gen_key)
except TypeError as exc:
    print('TypeError', exc)

lst = list(range(300))
def meddle(x):
    if x == 150:
        lst.append(1)
    return -x
try:
    lst.sort(key=meddle)
except ValueError as exc:
    print('ValueError', exc, len(lst))
print(sorted(range(1000), key=lambda x: -x)[:3], sorted(range(1000), key=lambda x: x % 10, reverse=True)[:12])
sys.setrecursionlimit(60)
def deep(n):
    return n if n < 1 else deep(n - 1)
try:
    sorted(range(300), key=lambda x: deep(100))
except RecursionError:
    print('RecursionError')
