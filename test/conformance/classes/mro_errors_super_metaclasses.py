# C3 MRO and its errors, layout conflicts, cooperative super(), metaclasses with __prepare__/__call__/__new__, singletons.
class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B>" + super().hello()
class C(A):
    def hello(self): return "C>" + super().hello()
class D(B, C):
    def hello(self): return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class E(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class Z1(X, Y): pass
class Z2(Y, X): pass
try:
    class W(Z1, Z2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(bool): pass
except TypeError as e:
    print("TypeError:", e)

# super in odd places
class Base:
    def __init__(self, v): self.v = v
    @classmethod
    def make(cls, v): return cls(v)
    @staticmethod
    def st(): return "st"
    @property
    def prop(self): return "base-prop"
    def __repr__(self): return f"{type(self).__name__}({self.v})"
class Child(Base):
    @classmethod
    def make(cls, v):
        obj = super().make(v * 2)
        return obj
    @property
    def prop(self): return "child+" + super().prop
    def lam(self):
        f = lambda: super(Child, self).__repr__()
        return f()
    def comp(self):
        return [super(Child, self).__repr__() for _ in range(2)]
    def gen(self):
        yield super().__repr__()
    def nested(self):
        def inner():
            return super(Child, self).st()
        return inner()
c = Child.make(3)
print(c, c.prop, c.lam(), c.comp(), list(c.gen()), c.nested(), super(Child, c).st())
print(super(Child, Child).make(1), super(Child, c), super(Child).__self__ if False else '')
class NoArg:
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    NoArg().m()
except RuntimeError as e:
    print("RuntimeError:", e)
def outside(self):
    return super().m()
try:
    outside(1)
except RuntimeError as e:
    print("RuntimeError:", e)
class S:
    def m(self):
        del self
        return super().m()
try:
    S().m()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
class Cnt:
    def __init__(self):
        super().__init__()
        print("Cnt init")
class Mix1:
    def __init__(self, **kw):
        print("Mix1", kw); super().__init__(**kw)
class Mix2:
    def __init__(self, **kw):
        print("Mix2", kw); super().__init__()
class Both(Mix1, Mix2):
    def __init__(self):
        super().__init__(a=1)
Both()
try:
    object.__init__(Both(), 1)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name)
        return {'injected': 42}
    def __repr__(cls):
        return f"<class {cls.__name__} tagged {cls.tag}>"
class Tagged(metaclass=Meta, tag='t1'):
    def method(self): return self.injected
print(Tagged, Tagged().method(), type(Tagged), Tagged.tag)
class Sub2(Tagged): pass
print(Sub2, Sub2.tag)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Q(P1, P2): pass
except TypeError as e:
    print("TypeError:", e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, x=0): self.x = x
print(Conf(1) is Conf(2), Conf().x)
print(type('Dyn', (Base,), {'extra': 1})(5), type('Dyn', (), {}).__mro__)
try:
    type('x', 1, {})
except TypeError as e:
    print("TypeError:", e)
