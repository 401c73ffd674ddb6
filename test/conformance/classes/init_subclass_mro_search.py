# __init_subclass__ is found after the class in its own MRO, past a mixin that has none
class P:
    def __init_subclass__(cls, **kw): print('P.__init_subclass__', cls.__name__, kw)
class Mixin: pass
class Q(Mixin, P, flag=1): pass
class R(Mixin, P): pass
class Mixin2:
    pass
class P2:
    @classmethod
    def __init_subclass__(cls, **kw): print('P2', cls.__name__, kw); super().__init_subclass__()
class Q2(Mixin2, P2, a=1): pass
class R2(Q2): pass
try:
    class Bad(Mixin2, flag=1): pass
except TypeError as e: print('TypeError:', e)
