# data vs non-data descriptors and the instance dict
class Data:
    def __get__(self, obj, typ=None): return ('data-get', obj is None)
    def __set__(self, obj, v): print('data-set', v)
class NonData:
    def __get__(self, obj, typ=None): return ('nondata-get', obj is None)
class SetOnly:
    def __set__(self, obj, v): print('setonly-set', v)
class DelOnly:
    def __delete__(self, obj): print('delete')
class A:
    d = Data(); n = NonData(); s = SetOnly(); x = DelOnly()
a = A()
a.__dict__.update(d='inst-d', n='inst-n', s='inst-s', x='inst-x')
print(a.d, a.n, a.s, a.x)
print(A.d, A.n, type(A.s).__name__)
a.d = 1; a.s = 2
a.n = 3
print(a.n, a.__dict__['n'])
del a.x
print('x' in a.__dict__)
try: a.x = 5
except AttributeError as e: print('AttributeError:', e)
try: del a.d
except AttributeError as e: print('AttributeError:', e)
del a.n
print(a.n)
# descriptor on the metaclass vs the class dict
class Meta(type):
    md = Data()
    mn = NonData()
class K(metaclass=Meta):
    mn = 'class-mn'
    md = 'class-md'
print(K.md, K.mn)
# __get__ with owner only
class Owner:
    def __get__(self, obj, owner): return owner.__name__
class H: o = Owner()
class H2(H): pass
print(H.o, H2.o, H2().o)
# functions are non-data descriptors
def f(self): return 'f'
class G: m = f
g = G()
g.m = lambda: 'inst'
print(g.m(), G.m(g), G.__dict__['m'].__get__(g, G)())
print(f.__get__(None, G) is f)
# staticmethod / classmethod via __get__
sm = staticmethod(lambda: 's'); cm = classmethod(lambda c: c.__name__)
print(sm.__get__(None, G)(), cm.__get__(None, G)(), cm.__get__(g)())
# property is a data descriptor even without setter
class PP:
    @property
    def p(self): return 'prop'
pp = PP()
pp.__dict__['p'] = 'inst'
print(pp.p)
try: pp.p = 1
except AttributeError as e: print('AttributeError:', e)
try: del pp.p
except AttributeError as e: print('AttributeError:', e)
