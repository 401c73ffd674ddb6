# greenlet: exceptions crossing switches, throw(), GreenletExit and killing greenlets
import sys
import traceback
from greenlet import greenlet, getcurrent, GreenletExit
import greenlet as greenlet_module

main = getcurrent()

def inner():
    main.switch('suspended')
    raise ValueError('bad value')

def outer():
    return inner()

g = greenlet(outer)
print(g.switch())
try:
    g.switch()
except ValueError as e:
    print('caught in main:', type(e).__name__, e, g.dead)
    # the traceback runs from main's switch into the greenlet's frames
    for fs in traceback.extract_tb(e.__traceback__):
        print('  ', fs.name, fs.lineno, fs.line)

# an exception escaping a child goes to its parent, not to whoever switched last
def child():
    raise KeyError('from child')

def middle():
    try:
        greenlet(child).switch()
    except KeyError as e:
        print('middle caught', repr(e))
    return 'middle done'

print(greenlet(middle).switch())

# throw() into a suspended greenlet raises at its switch
def catcher():
    try:
        main.switch('ready')
    except IndexError as e:
        print('catcher got', repr(e))
        return 'handled'

c = greenlet(catcher)
print(c.switch())
print(c.throw(IndexError, 'idx'))
print(c.dead)

c = greenlet(catcher)
c.switch()
print(c.throw(IndexError('instance')))
c = greenlet(catcher)
c.switch()
print(c.throw(IndexError, ('a', 'b')))

# GreenletExit (throw's default) is caught by the greenlet machinery and becomes the value
def waiter():
    try:
        main.switch()
    except GreenletExit as e:
        print('waiter sees', repr(e))
        raise
    finally:
        print('waiter finally')

w = greenlet(waiter)
w.switch()
r = w.throw()
print('throw returned', repr(r), type(r) is GreenletExit, w.dead)
w = greenlet(waiter)
w.switch()
print(repr(w.throw(GreenletExit('bye'))))

# a greenlet returning instead of re-raising GreenletExit
def swallow():
    try:
        main.switch()
    except GreenletExit:
        return 'swallowed'

s = greenlet(swallow)
s.switch()
print(s.throw())

# throw() into a greenlet that never started: it dies at once, its run never called
def never():
    print('never runs')

n = greenlet(never)
print(repr(n.throw()), n.dead)
n = greenlet(never)
try:
    n.throw(RuntimeError, 'stop')
except RuntimeError as e:
    print('RuntimeError', e, n.dead)

# throw into a dead greenlet goes to its parent: raised right here
try:
    n.throw(TypeError, 'late')
except TypeError as e:
    print('dead throw:', e)

# throwing to the main greenlet from a child
def thrower():
    main.throw(LookupError, 'to main')

try:
    greenlet(thrower).switch()
except LookupError as e:
    print('main got', repr(e))

# the exception that was being handled in each greenlet is its own
def own_exc():
    print('child sees', sys.exc_info()[0])
    main.switch()
    print('child sees again', sys.exc_info()[0])

o = greenlet(own_exc)
try:
    raise KeyError
except KeyError:
    o.switch()
    print('main still handles', sys.exc_info()[0].__name__)
o.switch()

for bad in [lambda: greenlet(catcher).throw(1), lambda: greenlet(catcher).throw(ValueError(), 1),
            lambda: greenlet(catcher).throw(ValueError, None, 1), lambda: greenlet(5).switch(),
            lambda: greenlet().switch()]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

print(issubclass(GreenletExit, BaseException), issubclass(GreenletExit, Exception))
print(greenlet_module.error.__mro__)
print(GreenletExit.__module__, greenlet.GreenletExit is GreenletExit, greenlet.error is greenlet_module.error)
