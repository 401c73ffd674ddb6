# greenlet: each greenlet has its own contextvars Context (gr_context), a new one starts empty
import contextvars
from greenlet import greenlet, getcurrent
v = contextvars.ContextVar('v', default='dflt')
v.set('main')
m = getcurrent()
def f():
    print('child sees', v.get(), getcurrent().gr_context)
    v.set('child')
    m.switch()
    print('child again', v.get())
g = greenlet(f); g.switch()
print('main sees', v.get(), type(m.gr_context).__name__, type(g.gr_context).__name__, g.gr_context[v])
g.switch()
def h():
    print('h sees', v.get())
g2 = greenlet(h)
g2.gr_context = contextvars.copy_context()
g2.switch()
for bad in (1, 'x'):
    try: g2.gr_context = bad
    except TypeError as e: print(e)
try: del g2.gr_context
except AttributeError as e: print(e)
ctx = contextvars.Context()
def inrun():
    v.set('inside run')
    m.switch()
    print('after switch, still', v.get())
g3 = greenlet(lambda: ctx.run(inrun))
g3.switch()
print('main', v.get(), ctx[v])
g3.switch()
print('main', v.get())
