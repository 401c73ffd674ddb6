# random.__all__, and Random subclasses: other __init__ arguments, overridden random()/getrandbits(),
# __slots__, and mixins before Random (whose instances still get Random's state).
import random

print(random.__all__)
ns = {}
exec('from random import *', ns)
print(sorted(k for k in ns if k != '__builtins__') == random.__all__)


class R(random.Random):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


r = R(1, 'x')
print(r.random(), r.b, r.randrange(10))


class R2(random.Random):
    def random(self):
        return 0.5


r2 = R2(3)
print(r2.random(), r2.choice([1, 2, 3]), r2.uniform(0, 10), r2.randrange(100), r2.sample(range(10), 3))


class R3(random.Random):
    __slots__ = ('x',)


r3 = R3(5)
r3.x = 1
print(r3.random(), r3.x)


class R4(random.Random):
    def __init__(self, newarg=None):
        random.Random.__init__(self, 4)


print(R4(newarg=1).random())


class R5(random.Random):
    def getrandbits(self, k):
        return 1


print(R5(1).randrange(10), R5(1).choice('abc'))


class R6(random.Random):
    def seed(self, *a):
        self.seeded = a


print(R6(7).seeded)

called = []


class Mixin1:
    def random(self):
        called.append('Mixin1.random')
        return random.Random.random(self)


class Mixin2:
    def getrandbits(self, n):
        called.append('Mixin2.getrandbits')
        return random.Random.getrandbits(self, n)


for bases in [(Mixin1, random.Random), (Mixin2, random.Random), (Mixin1, Mixin2, random.Random), (Mixin2, Mixin1, random.Random)]:
    cls = type('Sub', bases, {})
    called.clear()
    s = cls(42)
    print(s.randrange(42), sorted(set(called)), s.getstate() == random.Random(42).getstate() or 'moved')


class Plain:
    pass


class L(Plain, list):
    pass


class E(Plain, ValueError):
    pass


print(L([1, 2]), list.__len__(L([3])), repr(E('e')), E('e').args)
for bad in ["random.Random(1, 2)", "random.Random(x=1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
