# __annotations__ on classes, modules, functions; inheritance and lazy creation (3.10+ rules)
class A:
    x: int
    y: 'str' = 'y'
class B(A):
    pass
class C(A):
    z: float
print(A.__annotations__, B.__annotations__, C.__annotations__, '__annotations__' in B.__dict__)
print(B.__dict__.get('__annotations__'), '__annotations__' in vars(B))
class D: pass
print(D.__annotations__, '__annotations__' in D.__dict__)
D.__annotations__['q'] = int
print(D.__annotations__)
del D.__annotations__
print('__annotations__' in D.__dict__)
try: del D.__annotations__
except AttributeError as e: print('AttributeError:', e)
try: int.__annotations__
except AttributeError as e: print('AttributeError:', e)
def f(a: int, b: 'B' = None, *args: str, k: bool = True, **kw: dict) -> None: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'r': 1}; print(g.__annotations__)
try: g.__annotations__ = 5
except TypeError as e: print('TypeError:', e)
del g.__annotations__; print(g.__annotations__)
class E:
    a: int = 1
    b: list
    def m(self):
        c: int = 5
        return c
print(E.__annotations__, E.a, hasattr(E, 'b'), E().m())
class F:
    (paren): int
    obj = type('O', (), {})()
    obj.attr: int = 3
    d = {}
    d['k']: str = 'v'
print(F.__annotations__, F.obj.attr, F.d)
x: int = 5
y: str
print(__annotations__, 'y' in globals())
import typing
print(typing.get_type_hints(C), typing.get_type_hints(f))
class G:
    __annotations__ = {'custom': 1}
    v: int
print(G.__annotations__)
