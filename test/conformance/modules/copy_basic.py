import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(98)
print(a, s, d, s[1] is a[1], d[1] is a[1])
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, [2]))[1] is not None)
t = (1, 2, 'x')
print(copy.deepcopy(t) is t, copy.copy(t) is t)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(bytearray(b'ab')))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, type(r).__name__, q.y is p.y, r.y is p.y)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v is c.v)

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc, dc[1] is dc, dc is not cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)

class Node:
    def __init__(self, name):
        self.name = name
        self.peers = []
n1, n2 = Node('a'), Node('b')
n1.peers.append(n2); n2.peers.append(n1)
m1 = copy.deepcopy(n1)
print(m1.name, m1.peers[0].name, m1.peers[0].peers[0] is m1, m1 is not n1)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 't'
cl = copy.deepcopy(ml)
print(type(cl).__name__, cl, cl.tag, cl[1] is not ml[1])
class MyDict(dict):
    pass
md = MyDict(a=[1])
cd = copy.copy(md)
print(type(cd).__name__, cd, cd['a'] is md['a'])
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo)
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.deepcopy(None))
class Slotted:
    __slots__ = ('a', 'b')
sl = Slotted(); sl.a = [1]; sl.b = 2
cs = copy.deepcopy(sl)
print(cs.a, cs.b, cs.a is not sl.a)
try:
    copy.deepcopy((i for i in range(3)))
except TypeError as e:
    print('TypeError', e)
