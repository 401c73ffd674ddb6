# contextlib's small helpers: the abstract bases, closing, nullcontext, suppress, redirect_*, chdir, ContextDecorator
import contextlib, io, os, sys
from contextlib import (AbstractContextManager, AbstractAsyncContextManager, ContextDecorator,
                        closing, nullcontext, suppress, redirect_stdout, redirect_stderr, chdir)

print(sorted(contextlib.__all__))

class HasBoth:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class EnterOnly:
    def __enter__(self): return self
class ExitNone(HasBoth):
    __exit__ = None
print(issubclass(HasBoth, AbstractContextManager), isinstance(HasBoth(), AbstractContextManager))
print(issubclass(EnterOnly, AbstractContextManager), issubclass(ExitNone, AbstractContextManager))
print(isinstance(io.StringIO(), AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
print(isinstance(suppress(), AbstractContextManager), isinstance(5, AbstractContextManager))

class Incomplete(AbstractContextManager):
    pass
try:
    Incomplete()
except TypeError as e:
    print('TypeError', e)
class Complete(AbstractContextManager):
    def __exit__(self, *a):
        print('Complete exit', a[0])
c = Complete()
with c as got:
    print(got is c)
print(AbstractContextManager.__enter__(c) is c, AbstractContextManager.__exit__(c, None, None, None))

class AsyncBoth:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): pass
print(issubclass(AsyncBoth, AbstractAsyncContextManager), issubclass(HasBoth, AbstractAsyncContextManager))
class X(AbstractAsyncContextManager):
    pass
try:
    X()
except TypeError as e:
    print('TypeError', e)
print(AbstractContextManager[int], AbstractAsyncContextManager[str])

class Thing:
    def close(self):
        print('Thing.close')
t = Thing()
with closing(t) as got:
    print(got is t)
try:
    with closing(t):
        raise ValueError('body')
except ValueError as e:
    print('ValueError', e)
print(closing(t).thing is t)

n = nullcontext([1])
with n as a:
    with n as b:
        print(a, a is b)
print(nullcontext().__exit__(ValueError, ValueError('x'), None))

for kinds in ((), (KeyError,), (LookupError, ZeroDivisionError)):
    for exc in (KeyError('k'), IndexError('i'), ZeroDivisionError('z'), None):
        try:
            with suppress(*kinds):
                if exc is not None:
                    raise exc
            print(kinds, repr(exc), 'ok')
        except Exception as e:
            print(kinds, repr(exc), 'escaped', type(e).__name__)
s = suppress(OSError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(FileNotFoundError, None, None))
try:
    with suppress(KeyboardInterrupt):
        raise SystemExit(3)
except SystemExit as e:
    print('SystemExit', e.code)

outer, inner = io.StringIO(), io.StringIO()
r = redirect_stdout(outer)
with r as target:
    print('to outer', target is outer)
    with redirect_stdout(inner):
        print('to inner')
    with r:
        print('reentered')
    print('outer again')
print(repr(outer.getvalue()), repr(inner.getvalue()))
err = io.StringIO()
with redirect_stderr(err) as e2:
    print('err line', file=sys.stderr)
print(repr(err.getvalue()), e2 is err, sys.stderr is sys.__stderr__)
with redirect_stdout(None):
    print('lost', sys.stdout)

start = os.getcwd()
with chdir('..') as r:
    print('chdir result', r, os.getcwd() == os.path.dirname(start))
    with chdir(start):
        print('nested', os.getcwd() == start)
    print('after nested', os.getcwd() == os.path.dirname(start))
print('back', os.getcwd() == start)
try:
    with chdir('/definitely/not/here'):
        pass
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(os.getcwd() == start)

class Logged(ContextDecorator):
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print('enter', self.tag)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.tag, et.__name__ if et else None)
        return et is KeyError

@Logged('f')
def f(x):
    """doc of f"""
    if x:
        raise KeyError(x)
    return 'returned'
print(f(0), f.__name__, f.__doc__, f.__wrapped__.__name__)
print(f(1))
@Logged('g')
def g():
    raise ValueError('g')
try:
    g()
except ValueError as e:
    print('ValueError', e)

class Fresh(Logged):
    made = 0
    def _recreate_cm(self):
        Fresh.made += 1
        return Fresh('fresh %d' % Fresh.made)
@Fresh('template')
def h():
    return 'h'
print(h(), h())
