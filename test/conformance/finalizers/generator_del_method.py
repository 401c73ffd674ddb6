# generator.__del__ is the tp_finalize slot: it closes a suspended generator, and what the
# close raises is reported as unraisable ("Exception ignored in: <generator ...>"), not raised.
import sys


def hook(u):
    # The default hook shows the generator's address; these say the same without it.
    tb = u.exc_traceback
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    print('unraisable:', u.err_msg, u.object.__qualname__, u.exc_type.__name__, u.exc_value,
          'at line', tb and tb.tb_lineno)


sys.unraisablehook = hook

def worker(name):
    try:
        yield name + ':1'
        yield name + ':2'
    finally:
        print('cleanup', name)


g = worker('a')
print(next(g))
print(g.__del__(), g.gi_frame, g.gi_suspended)
print(next(g, 'exhausted'))
print(g.__del__())          # finished already: nothing to do

fresh = worker('b')
print(fresh.__del__(), fresh.gi_frame)   # never started: closed without running


def failing():
    try:
        yield 1
    finally:
        raise ValueError('boom in finally')


f = failing()
next(f)
print(f.__del__())
print('still running')


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
s.__del__()
print('stubborn suspended:', s.gi_suspended, next(s, 'end'))

print(type(g).__del__)
print(hasattr(g, '__del__'), '__del__' in dir(g))
try:
    g.__del__(1)
except TypeError as e:
    print('TypeError:', e)
