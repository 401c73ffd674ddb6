# Attributes set on a class right after it is made (as ABCMeta, dataclass, enum do) must be
# seen by every reader: its __dict__ view, lookups on it and its instances, code that cached
# attribute reads of it, and its subclasses.
import abc

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        before = dict(cls.__dict__)
        cls.added = name.lower()
        after = cls.__dict__
        print(name, 'added' in before, 'added' in after, after['added'])
        return cls

class A(metaclass=Meta):
    def f(self):
        return self.added

a = A()
print(a.f(), A.added, A().added)

def read(o):
    return o.added

for i in range(3):
    print(read(A), read(a))
A.added = 'changed'
print(read(A), read(a), A.__dict__['added'])
del A.added
print(hasattr(A, 'added'), hasattr(a, 'added'), 'added' in A.__dict__)

class B(A):
    pass

print(B.__dict__.get('added'), read(B()))
A.added = 'from A'
print(read(B), read(B()))

# A proxy read before a change sees the change.
proxy = B.__dict__
print(sorted(k for k in proxy if not k.startswith('__')))
B.extra = 1
print(sorted(k for k in proxy if not k.startswith('__')), proxy['extra'])
B.extra = 2
print(proxy['extra'], list(proxy.items())[-1])
del B.extra
print('extra' in proxy, len([k for k in proxy if k == 'extra']))

# A method defined on a class with no subclasses, then replaced: every call sees the new one.
class C:
    def m(self):
        return 'old'

c = C()
print([c.m() for _ in range(3)])
C.m = lambda self: 'new'
print([c.m() for _ in range(3)])
C.__init__ = lambda self, x=0: setattr(self, 'x', x)
print(C(5).x, C().x)
C.__new__ = lambda cls, *a: 42
print(C(1))

# __init_subclass__ added after a base is created applies to later subclasses.
class Base:
    pass

class First(Base):
    pass

Base.__init_subclass__ = classmethod(lambda cls, **kw: print('init_subclass', cls.__name__, kw))

class Second(Base, tag=1):
    pass

try:
    class Third(First, tag=2):
        pass
except TypeError as e:
    print('TypeError', e)

try:
    class Plain(tag=3):
        pass
except TypeError as e:
    print('TypeError', e)

# Abstract classes: each keeps its own message, a subclass that implements them is concrete.
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def name(self): ...

class Sq(Shape):
    def area(self):
        return 4

class Named(Sq):
    def name(self):
        return 'sq'

for k in (Shape, Sq, Named):
    try:
        print(k.__name__, k().name())
    except TypeError as e:
        print('TypeError', e)

Named.__abstractmethods__ = frozenset({'zz'})
try:
    Named()
except TypeError as e:
    print('TypeError', e)
Named.__abstractmethods__ = frozenset()
print(Named().area())

class D(dict, abc.ABC):
    @abc.abstractmethod
    def f(self): ...

print(type(D()).__name__)

# A class attribute read that was cached changes when the metaclass (with no subclasses of
# its own) gains a data descriptor for that name.
class M(type):
    pass

class K(metaclass=M):
    x = 'class attr'

def readx(c):
    return c.x

print([readx(K) for _ in range(3)])
M.x = property(lambda cls: 'meta property')
print([readx(K) for _ in range(3)])
del M.x
print([readx(K) for _ in range(3)])

# A class given another metaclass (__class__ assignment): cached reads from it follow.
class M1(type):
    pass

class M2(type):
    @property
    def y(cls):
        return 'M2 property'

class Q(metaclass=M1):
    y = 'own'

def ready(c):
    return c.y

print([ready(Q) for _ in range(3)])
Q.__class__ = M2
print([ready(Q) for _ in range(3)], type(Q).__name__)
Q.__class__ = M1
print([ready(Q) for _ in range(3)])

# Several proxies of one class's __dict__, read before and after changes.
class V:
    a = 1

p1 = V.__dict__
items_before = list(V.__dict__.items())
V.b = 2
p2 = V.__dict__
print([k for k in p1 if k in 'ab'], [k for k in p2 if k in 'ab'], p1 == p2, len(p1) == len(p2))
print([k for k in items_before if k[0] in 'ab'], 'b' in V.__dict__.keys())
del V.a
print([k for k in V.__dict__ if k in 'ab'], [k for k in p1 if k in 'ab'])
V.c = 3
print('c' in list(iter(V.__dict__)), 'c' in p1, sorted(k for k, v in p2.items() if k in 'abc'))
