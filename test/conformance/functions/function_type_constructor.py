# types.FunctionType(code, globals, name, argdefs, closure): rebuilding functions (new globals, defaults, closures) and its argument errors.
import types

RATE = 0.1


def price(amount, qty=1):
    """Price with tax."""
    return round(amount * qty * (1 + RATE), 2)


# the same code under other globals: dependency injection by rebinding
eu = types.FunctionType(price.__code__, {**globals(), 'RATE': 0.2}, 'price_eu', price.__defaults__)
print(price(100), eu(100), eu(100, 3), eu.__name__, eu.__qualname__, eu.__doc__, eu.__module__, eu.__defaults__)
free = types.FunctionType(price.__code__, {'__builtins__': __builtins__, 'RATE': 0, '__name__': 'freezone'}, None, (2,))
print(free(50), free.__name__, free.__module__, free.__globals__['RATE'])


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


c = counter()
shared = types.FunctionType(c.__code__, c.__globals__, 'bump2', (10,), c.__closure__)
print(c(), shared(), c(), shared(5), c.__closure__[0].cell_contents, shared.__code__ is c.__code__)
fresh = types.FunctionType(c.__code__, {}, 'fresh', (1,), (types.CellType(100),))
print(fresh(), fresh(), c())

# functions from code compiled at run time
module_code = compile('def area(w, h=2):\n    return w * h * SCALE\n', '<generated>', 'exec')
fn_code = next(k for k in module_code.co_consts if isinstance(k, types.CodeType))
area = types.FunctionType(fn_code, {'SCALE': 3}, argdefs=(4,))
print(area(5), area(5, 1), area.__name__, area.__code__.co_filename, area.__code__.co_varnames)
print(types.FunctionType(fn_code, {'SCALE': 1}, 'named')(2, 3), type(price)(fn_code, {'SCALE': 2})(1, 1))

for args, kwargs in [((1, {}), {}), ((price.__code__, []), {}), ((c.__code__, {}), {}), ((price.__code__, {}, 5), {}),
                     ((price.__code__, {}, None, [1]), {}), ((c.__code__, {}, None, None, (1,)), {}),
                     ((c.__code__, {}, None, None, 5), {}), ((price.__code__, {}, None, None, (types.CellType(),)), {}),
                     ((), {}), ((price.__code__, {}), {'bogus': 1}), ((price.__code__,), {'globals': {}, 'name': 'kw'})]:
    try:
        f = types.FunctionType(*args, **kwargs)
        print('made', f.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    class Sub(types.FunctionType):
        pass
except TypeError as e:
    print('TypeError:', e)
