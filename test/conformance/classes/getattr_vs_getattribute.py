# __getattr__ vs __getattribute__ and the order they run in
class A:
    x = 1
    def __getattr__(self, name):
        print('getattr', name)
        if name.startswith('no'): raise AttributeError(name)
        return name.upper()
a = A()
a.y = 2
print(a.x, a.y, a.zz)
print(getattr(a, 'nope', 'dflt'), hasattr(a, 'nothing'))
class B:
    def __getattribute__(self, name):
        print('getattribute', name)
        if name == 'boom': raise AttributeError('custom ' + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print('fallback', name)
        return 42
    def m(self): return 'm'
b = B()
print(b.m(), b.boom, b.other)
class C:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name): return 'never'
try: C().q
except KeyError as e: print('KeyError', e)
class P:
    @property
    def p(self): raise AttributeError('inside property')
    def __getattr__(self, name): return 'ga:' + name
print(P().p)
class Q:
    @property
    def p(self): raise AttributeError('inside property')
try: Q().p
except AttributeError as e: print('AttributeError:', e)
class R: pass
try: R().missing
except AttributeError as e: print('AttributeError:', e, e.name, type(e.obj).__name__)
try: R.missing
except AttributeError as e: print('AttributeError:', e)
try: (1).missing
except AttributeError as e: print('AttributeError:', e)
try: object().__dict__
except AttributeError as e: print('AttributeError:', e)
# special method lookup bypasses __getattr__ and __getattribute__
class S:
    def __getattr__(self, n): return lambda *a: 'via getattr'
s = S()
print(s.__len__())
try: len(s)
except TypeError as e: print('TypeError:', e)
class T:
    def __getattribute__(self, n):
        print('ga', n)
        return object.__getattribute__(self, n)
    def __len__(self): return 4
print(len(T()))
# instance attribute named like a dunder is ignored by operators
class U: pass
u = U()
u.__len__ = lambda: 3
try: len(u)
except TypeError as e: print('TypeError:', e)
print(u.__len__())
# getattr with a non-str name
try: getattr(a, 1)
except TypeError as e: print('TypeError:', e)
try: setattr(a, 1, 2)
except TypeError as e: print('TypeError:', e)
class SS(str): pass
setattr(a, SS('named'), 5)
print(a.named, getattr(a, SS('named')), hasattr(a, SS('named')))
delattr(a, SS('named'))
print(hasattr(a, 'named'), object.__getattribute__(a, SS('y')))
setattr(A, SS('k'), 1); print(A.k, type.__getattribute__(A, SS('k')))
