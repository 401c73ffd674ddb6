# @contextmanager in detail: attributes, re-raising, StopIteration, errors of a misbehaving generator
from contextlib import contextmanager

@contextmanager
def documented(x):
    """Yields twice x."""
    yield x * 2

cm = documented(4)
print(type(cm).__name__, type(cm).__module__, cm.__doc__)
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(hasattr(cm, 'gen'), cm.func is documented.__wrapped__, cm.args, cm.kwds)
with cm as v:
    print('v', v)
print(hasattr(cm, 'func'), hasattr(cm, 'args'))

@contextmanager
def undocumented():
    yield
print(repr(undocumented().__doc__[:20]))

@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise ValueError('translated') from e

try:
    with translate():
        {}['k']
except ValueError as e:
    print('ValueError', e, type(e.__cause__).__name__, e.__cause__)

@contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print('saw', type(e).__name__)
        raise

for exc in (KeyError('a'), StopIteration('s'), RuntimeError('r'), GeneratorExit()):
    try:
        with reraise():
            raise exc
    except BaseException as e:
        print('out', type(e).__name__, e is exc)

@contextmanager
def plain():
    yield 'p'

for exc in (StopIteration(7), RuntimeError('rt'), ZeroDivisionError('z')):
    try:
        with plain():
            raise exc
    except BaseException as e:
        print('plain out', type(e).__name__, e is exc, repr(e))

@contextmanager
def stops_inside():
    yield
    raise StopIteration('inner')
try:
    with stops_inside():
        pass
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

@contextmanager
def wraps_stop():
    try:
        yield
    except StopIteration:
        raise RuntimeError('wrapped')
try:
    with wraps_stop():
        raise StopIteration
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def catch_all_yield_again():
    try:
        yield
    except Exception:
        yield
try:
    with catch_all_yield_again():
        raise TypeError('t')
except RuntimeError as e:
    print('RuntimeError', e, type(e.__context__).__name__)

@contextmanager
def suppressing():
    try:
        yield 'x'
    except ArithmeticError as e:
        print('suppressing', type(e).__name__)

print(suppressing().__exit__(ZeroDivisionError, None, None))
cm = suppressing()
cm.__enter__()
print(cm.__exit__(None, None, None))

cm = plain()
print(cm.__enter__())
try:
    cm.__enter__()
except AttributeError as e:
    print('AttributeError', type(e).__name__)

calls = []
@contextmanager
def counted(tag):
    calls.append(tag)
    yield
    calls.append('end ' + tag)

@counted('deco')
def f(a, b=2):
    """f's doc"""
    return a + b
print(f(1), f(1, b=5), f.__name__, f.__doc__, calls)

@contextmanager
def bad_decorated():
    yield
    yield
@bad_decorated()
def g():
    return 'g'
try:
    g()
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def no_yield():
    return
    yield
try:
    with no_yield():
        print('never')
except RuntimeError as e:
    print('RuntimeError', e, e.__cause__, e.__suppress_context__)
