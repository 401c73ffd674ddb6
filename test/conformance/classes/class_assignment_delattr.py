# __class__ assignment rules and __delattr__ / __setattr__ overrides
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A(); a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
try: a.__class__ = int
except TypeError as e: print('TypeError:', e)
try: a.__class__ = 5
except TypeError as e: print('TypeError:', e)
class SA: __slots__ = ('a',)
class SB: __slots__ = ('a',)
class SC: __slots__ = ('c',)
s = SA(); s.__class__ = SB; print(type(s).__name__)
try: s.__class__ = SC
except TypeError as e: print('TypeError:', e)
try: s.__class__ = A
except TypeError as e: print('TypeError:', e)
try: (1).__class__ = bool
except TypeError as e: print('TypeError:', e)
try: del a.__class__
except TypeError as e: print('TypeError:', e)
class L(list): pass
class L2(list): pass
l = L([1]); l.__class__ = L2; print(type(l).__name__, l)
class Log:
    def __setattr__(self, n, v):
        print('set', n, v); super().__setattr__(n, v)
    def __delattr__(self, n):
        print('del', n); super().__delattr__(n)
o = Log(); o.q = 1; del o.q
try: del o.q
except AttributeError as e: print('AttributeError:', e)
class RO:
    def __setattr__(self, n, v): raise AttributeError(f"read-only {n}")
try: RO().z = 1
except AttributeError as e: print('AttributeError:', e)
object.__setattr__(ro := RO(), 'z', 2); print(ro.z)
try: object.__setattr__(1, 'x', 2)
except AttributeError as e: print('AttributeError:', e)
try: object.__setattr__(A, 'x', 2)
except TypeError as e: print('TypeError:', e)
try: setattr(object(), 'x', 1)
except AttributeError as e: print('AttributeError:', e)
try: delattr(A(), 'nothing')
except AttributeError as e: print('AttributeError:', e)
try: del A.nothing
except AttributeError as e: print('AttributeError:', e)
try: int.x = 1
except TypeError as e: print('TypeError:', e)
try: del int.real
except TypeError as e: print('TypeError:', e)
try: list.append = None
except TypeError as e: print('TypeError:', e)
class T: y = 1
t = T()
try: del t.y
except AttributeError as e: print('AttributeError:', e)
