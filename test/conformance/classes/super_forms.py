# super(): zero-arg, two-arg, in classmethods/staticmethods, unbound, and errors
class A:
    def m(self): return 'A.m'
    @classmethod
    def c(cls): return f'A.c({cls.__name__})'
    @staticmethod
    def s(): return 'A.s'
    @property
    def p(self): return 'A.p'
class B(A):
    def m(self): return 'B>' + super().m()
    @classmethod
    def c(cls): return 'B>' + super().c()
    @staticmethod
    def s(): return 'B>' + super(B, B).s()
    @property
    def p(self): return 'B>' + super().p
class C(B):
    def m(self): return 'C>' + super(B, self).m()
print(B().m(), B.c(), B.s(), B().p, C().m(), C.c())
print(super(B, B()).m(), super(B, B).c(), super(C, C).m(C()))
sp = super(B, B())
print(type(sp).__name__, sp.__thisclass__.__name__, type(sp.__self__).__name__, sp.__self_class__.__name__)
u = super(B)
print(u.__self__, u.__thisclass__.__name__)
try: super(B, 1)
except TypeError as e: print('TypeError:', e)
try: super(1, B())
except TypeError as e: print('TypeError:', e)
def outside(): return super()
try: outside()
except RuntimeError as e: print('RuntimeError:', e)
class D:
    def f(): return super()
try: D.f()
except RuntimeError as e: print('RuntimeError:', e)
class E(A):
    def m(self):
        def inner(): return super().m()
        return inner()
try: E().m()
except RuntimeError as e: print('RuntimeError:', e)
class F(A):
    def m(self):
        return [super().m() for _ in range(1)]
try: print(F().m())
except (RuntimeError, TypeError) as e: print(type(e).__name__ + ':', e)
class G(A):
    def m(self):
        return (lambda: super().m())()
try: print(G().m())
except RuntimeError as e: print('RuntimeError:', e)
try: super(B, B()).nothing
except AttributeError as e: print('AttributeError:', e)
class H(A):
    def m(self):
        self = 5
        return super().m()
try: print(H().m())
except TypeError as e: print('TypeError:', e)
class I(A):
    def __init__(self): super().__init__()
    def __repr__(self): return 'I:' + super().__repr__()[:9]
print(repr(I()))
class J(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
    def __setitem__(self, k, v): super().__setitem__(k, v + 1)
j = J(); j['a'] = 1; print(j['a'], dict.__repr__(j))
class K:
    def __init_subclass__(cls): super().__init_subclass__(); print('K sub', cls.__name__)
class K2(K): pass
class Sup(super): pass
print(Sup(B, B()).m())
print(super(A, A()).__repr__()[:21])
print(repr(super(B, B()))[:40])
