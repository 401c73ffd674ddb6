import types
for b in [123, None, 'abc', [1], types.SimpleNamespace(print=lambda *a: None)]:
    try:
        exec(compile("print('x')","","exec"), {'__builtins__': b})
        print('ran')
    except Exception as e: print(type(e).__name__, e)
try:
    exec("y = 1\nprint(y)", {'__builtins__': 5})
except Exception as e: print(type(e).__name__, e)
class M(dict):
    def __missing__(self, k): return lambda *a: print('missing', k, *a)
try: exec("print('z')", {'__builtins__': M()})
except Exception as e: print(type(e).__name__, e)
import builtins
exec("print('mod')", {'__builtins__': builtins})
exec("print('dict')", {'__builtins__': vars(builtins)})
g = {'__builtins__': {'print': print}}
exec("print(len)", g) if False else None
try: exec("print(len)", g)
except NameError as e: print(e)
for src in ["class A: pass", "def f(): return len\nf()", "x = [i for i in range(2)]", "x = 1"]:
    for b in [5, {'len': 1}]:
        try:
            exec(src, {'__builtins__': b}); print('ok')
        except Exception as e: print(type(e).__name__, e)
class B(dict):
    def __missing__(self, k):
        if k == '__build_class__':
            import builtins; return builtins.__build_class__
        raise KeyError(k)
exec("class C: pass\nprint(C.__name__)", {'__builtins__': B(print=print), '__name__': 'm'})
