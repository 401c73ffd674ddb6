# ExitStack: push/enter_context/callback/pop_all, the order of exits, suppression and exception chaining
from contextlib import ExitStack, contextmanager

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress

with ExitStack() as st:
    print(st.enter_context(CM('a')))
    r = st.push(CM('pushed'))
    print(type(r).__name__, r.name)
    def plain_exit(et, ev, tb):
        print('plain exit', et)
    print(st.push(plain_exit) is plain_exit)
    def cb(*a, **k):
        print('cb', a, sorted(k.items()))
    print(st.callback(cb, 1, 2, key='v') is cb)
print('---')

with ExitStack() as st:
    st.enter_context(CM('outer', suppress=True))
    st.enter_context(CM('inner'))
    raise KeyError('k')
print('suppressed by outer')

with ExitStack() as st:
    st.callback(print, 'callback runs, exception already gone')
    st.enter_context(CM('swallow', suppress=True))
    raise ValueError('v')
print('---')

class NotCM:
    pass
for bad in (NotCM(), 5, object()):
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print('TypeError', e)

class OnlyEnter:
    def __enter__(self):
        print('should not enter')
try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print('TypeError', e)

try:
    with ExitStack() as st:
        st.callback(lambda: {}['missing'])
        st.callback(lambda: 1 / 0)
        raise IndexError('first')
except KeyError as e:
    c = e.__context__
    print('KeyError', e, type(c).__name__, type(c.__context__).__name__, c.__context__.__context__)

try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        st.enter_context(CM('x', suppress=True))
        raise IndexError('gone')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e.__context__)

try:
    with ExitStack() as st:
        def reraise_new(et, ev, tb):
            raise ValueError('new') from ev
        st.push(reraise_new)
        raise KeyError('old')
except ValueError as e:
    print('ValueError', e, repr(e.__cause__), repr(e.__context__))

def run_stack(fail):
    with ExitStack() as st:
        st.callback(print, 'cleanup', fail)
        if fail:
            raise RuntimeError('failed')
        return 'ok'
print(run_stack(False))
try:
    run_stack(True)
except RuntimeError as e:
    print('RuntimeError', e)

st = ExitStack()
st.callback(print, 'moved 1')
st.enter_context(CM('moved cm'))
moved = st.pop_all()
print(type(moved).__name__)
st.close()
print('old stack closed')
with moved:
    print('in moved')

class MyStack(ExitStack):
    pass
print(type(MyStack().pop_all()).__name__)

st = ExitStack()
def cleanup():
    print('cleanup called')
w = st.callback(cleanup)
print(w is cleanup)
print(st.__enter__() is st)
print(st.__exit__(None, None, None))
st.close()

st = ExitStack()
st.push(lambda *e: True)
print(st.__exit__(KeyError, KeyError('x'), None))
st = ExitStack()
print(st.__exit__(KeyError, KeyError('x'), None))

@contextmanager
def gen(name):
    print('gen enter', name)
    try:
        yield name
    finally:
        print('gen exit', name)
with ExitStack() as st:
    names = [st.enter_context(gen(n)) for n in 'abc']
    print(names)

try:
    with ExitStack() as st:
        st.callback(print, 'still runs')
        def exit_raises(*a):
            raise TypeError('in exit')
        st.push(exit_raises)
except TypeError as e:
    print('TypeError', e, e.__context__)

with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, 'inner cb')
    outer.callback(print, 'outer cb')
