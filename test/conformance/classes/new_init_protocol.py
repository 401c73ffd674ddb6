# __new__/__init__ interplay and their argument errors
class A:
    def __init__(self): return 5
try: A()
except TypeError as e: print('TypeError:', e)
class B:
    def __new__(cls, *a): print('B.__new__', a); return 42
    def __init__(self, *a): print('never')
print(B(1, 2))
class Other: 
    def __init__(self, *a): print('Other.__init__ not called')
class C:
    def __new__(cls): return Other()
    def __init__(self): print('not called either')
print(type(C()).__name__)
class Sub(C): pass
class D:
    def __new__(cls, *a): return super().__new__(DSub)
    def __init__(self, *a): print('D init', type(self).__name__, a)
class DSub(D): pass
D(1)
class E: pass
for f in [lambda: E(1), lambda: E(x=1), lambda: object(1), lambda: object.__new__(E, 1), lambda: object.__init__(E(), 1), lambda: E().__init__(1)]:
    try: f(); print('ok')
    except TypeError as e: print('TypeError:', e)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(1).a)
try: OnlyInit()
except TypeError as e: print('TypeError:', e)
try: OnlyInit(1, 2)
except TypeError as e: print('TypeError:', e)
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try: OnlyNew(1, b=2)
except TypeError as e: print('TypeError:', e)
class BadNew:
    def __new__(cls, a): return object.__new__(cls, a)
try: BadNew(1)
except TypeError as e: print('TypeError:', e)
try: object.__new__(int)
except TypeError as e: print('TypeError:', e)
try: object.__new__(5)
except TypeError as e: print('TypeError:', e)
try: int.__new__(str)
except TypeError as e: print('TypeError:', e)
try: object.__new__()
except TypeError as e: print('TypeError:', e)
class I(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
    def __init__(self, v): self.orig = v
i = I(5); print(i, i.orig, type(i).__name__)
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
print(T(1, 2, 3), len(T(1)))
class St(str):
    def __init__(self, v): self.extra = v.upper()
s = St('ab'); print(s, s.extra)
class Cnt:
    made = 0
    def __new__(cls, *a, **k):
        Cnt.made += 1
        return super().__new__(cls)
    def __init__(self, x, y=0): self.t = (x, y)
print(Cnt(1).t, Cnt(1, y=2).t, Cnt.made)
class NoInitArgs:
    def __new__(cls, *args): return super().__new__(cls)
print(type(NoInitArgs(1, 2)).__name__)
class Abstract:
    def __init__(self): raise NotImplementedError('abstract')
try: Abstract()
except NotImplementedError as e: print('NotImplementedError:', e)
try: type.__call__(5)
except TypeError as e: print('TypeError:', e)
print(type(object.__new__(E)).__name__)
