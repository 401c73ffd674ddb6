# property: setter/deleter chains, inheritance override, doc, errors
class A:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print('deleting'); self._x = None
a = A()
a.x = 5
print(a.x, A.x.__doc__)
del a.x
print(a.x)
print(A.x.fget.__name__, A.x.fset.__name__, A.x.fdel.__name__)
class B(A):
    @A.x.getter
    def x(self): return ('B', self._x)
b = B(); b.x = 3
print(b.x, A().x)
class C(A):
    @property
    def x(self): return 'C only'
c = C()
try: c.x = 1
except AttributeError as e: print('AttributeError:', e)
try: del c.x
except AttributeError as e: print('AttributeError:', e)
class D:
    x = property()
try: D().x
except AttributeError as e: print('AttributeError:', e)
p = property(lambda s: 1, doc='given')
print(p.__doc__, property(None, None, None, 'd').__doc__)
def getter(self):
    "getter doc"
    return 1
print(property(getter).__doc__)
class E:
    def _g(self): return 'g'
    def _s(self, v): print('set', v)
    prop = property(_g, _s)
e = E(); e.prop = 9; print(e.prop)
try: property(1)(None)
except TypeError as e: print('TypeError:', e)
class Sub(property): pass
class F:
    @Sub
    def p(self): return 'sub'
print(F().p, type(F.__dict__['p']).__name__)
F.__dict__['p'].__doc__ if False else None
class G:
    @property
    def p(self): return self.q
    @property
    def q(self): raise ValueError('in q')
try: G().p
except ValueError as e: print('ValueError:', e)
print(isinstance(A.__dict__['x'], property), hasattr(property, '__isabstractmethod__'))
class H:
    @property
    def name(self): return 'h'
h = H()
print(vars(h), H.name.__get__(h), H.name.__get__(None, H) is H.name)
try: H.name.__set__(h, 1)
except AttributeError as e: print('AttributeError:', e)
