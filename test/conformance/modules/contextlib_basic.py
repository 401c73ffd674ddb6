import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, redirect_stderr, ExitStack, ContextDecorator

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as v:
    print('body', v)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print('swallowed', repr(e))

with swallow(KeyError):
    {}['x']
print('after swallow')
try:
    with swallow(KeyError):
        raise IndexError('not me')
except IndexError as e:
    print('passed through', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def never():
    if False:
        yield
try:
    with never():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        pass
    yield
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

@tag('deco')
def decorated(x):
    print('inside', x)
    return x * 2
print(decorated(21))
print(tag.__name__, type(tag('z')).__name__)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')

class Resource:
    def close(self):
        print('closed')
with closing(Resource()) as r:
    print(type(r).__name__)

with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)

buf = io.StringIO()
with redirect_stdout(buf):
    print('to buffer')
    print('more')
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write('oops\n')
print(repr(err.getvalue()))

with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    v = stack.enter_context(tag('stacked'))
    print('entered', v)
    stack.callback(print, 'callback 2')
print('---')
with ExitStack() as stack:
    stack.push(lambda *exc: print('push sees', exc[0].__name__ if exc[0] else None) or True)
    raise KeyError('suppressed by push')
print('after exitstack')
stack = ExitStack()
stack.callback(print, 'later')
moved = stack.pop_all()
stack.close()
print('closing moved')
moved.close()
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e.__context__).__name__)

class Timer(ContextDecorator):
    def __enter__(self):
        print('start')
        return self
    def __exit__(self, *exc):
        print('stop')
        return False
@Timer()
def work():
    print('working')
work()
