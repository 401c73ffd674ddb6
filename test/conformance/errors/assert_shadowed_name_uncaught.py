# assert raises the built-in AssertionError even when a global or local of that name is rebound.
AssertionError = TypeError
try:
    assert False, 'hello'
except BaseException as e:
    print(type(e).__name__, e)
del AssertionError
def f(x):
    AssertionError = ValueError
    assert x, 'in f'
try:
    f(0)
except BaseException as e:
    print(type(e).__name__, e)
import builtins
saved = builtins.AssertionError
builtins.AssertionError = KeyError
try:
    assert 0
except BaseException as e:
    print(type(e).__name__, repr(e))
finally:
    builtins.AssertionError = saved
class C:
    AssertionError = OSError
    try:
        assert [], 'class body'
    except BaseException as e:
        print(type(e).__name__, e)
def g():
    for i in range(3000):
        assert i < 2999, i
try:
    g()
except AssertionError as e:
    print('loop', e)
print(f.__code__.co_names, 'AssertionError' in g.__code__.co_names)
assert 1 == 2, 'uncaught'
