# types.FunctionType(code, globals, name, argdefs, closure): a function made from a code object, and its checks
import types
F = types.FunctionType


def outer():
    x = 1

    def inner():
        return x
    return inner


inner = outer()
code = (lambda a, b=2: a + b).__code__
g = F(code, {'__name__': 'mod'})
print(g.__name__, g.__qualname__, g.__module__, g.__defaults__, g(1, 3))
g = F(code, {}, 'nm', (5,))
print(g.__name__, g.__qualname__, g.__module__, g.__defaults__, g(1))
h = F(inner.__code__, {}, None, None, inner.__closure__)
print(h(), len(h.__closure__), h.__closure__[0] is inner.__closure__[0])
k = F(code=code, globals={'__builtins__': {}}, name='k')
print(k.__name__, k(4, 1), k.__defaults__)
uses_len = F((lambda s: len(s)).__code__, {'__builtins__': {'len': lambda s: 99}})
print(uses_len('ab'))
tests = [lambda: F(1, {}), lambda: F(code, 1), lambda: F(code, {}, 1), lambda: F(code, {}, None, [1]),
         lambda: F(code, {}, None, None, (1,)), lambda: F(inner.__code__, {}),
         lambda: F(inner.__code__, {}, None, None, ()), lambda: F(inner.__code__, {}, None, None, (1,)),
         lambda: F(code, {}, None, None, inner.__closure__), lambda: F(), lambda: F(code),
         lambda: F(code, {}, None, None, None, 1), lambda: F(code, {}, None, None, [1]),
         lambda: F(code, globals={}, x=1), lambda: F(code, {}, closure=None)]
for t in tests:
    try:
        r = t()
        print('ok', r.__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(type(g) is F, F.__name__)
try:
    class G(F):
        pass
except TypeError as e:
    print(e)
