# greenlet: parent chains and reparenting, dead/bool/run/gr_frame, repr states, subclasses
import re
from greenlet import greenlet, getcurrent

main = getcurrent()
print(main.parent, main.dead, bool(main), main.gr_frame)
try:
    main.run
except AttributeError as e:
    print('main.run:', e)

def shape(g):
    # the repr without addresses
    return re.sub(r'0x[0-9a-f]+|0x\(nil\)', 'ADDR', repr(g))

print(shape(main))

def pause():
    main.switch()

g = greenlet(pause)
print(g.parent is main, bool(g), g.dead, g.gr_frame, shape(g))
print(g.run is pause)
g.switch()
print(bool(g), g.dead, shape(g))
print(g.gr_frame.f_code.co_name, g.gr_frame.f_back, g.gr_frame.f_lineno)
try:
    g.run
except AttributeError as e:
    print('run after start:', e)
try:
    g.run = pause
except AttributeError as e:
    print('set run:', e)
g.switch()
print(bool(g), g.dead, g.gr_frame, shape(g))

# run may be set (and replaced) until the greenlet starts
h = greenlet()
h.run = lambda: 'from replaced run'
print(h.switch())
h2 = greenlet(run=lambda: 1)
del h2.run
try:
    h2.switch()
except AttributeError as e:
    print('no run:', e)

# a finished greenlet's value goes to its parent, wherever the switch came from
def leaf():
    return 'leaf value'

def boss():
    got = worker.switch()
    print('boss got', got)
    return 'boss done'

worker = greenlet(leaf)
b = greenlet(boss)
worker.parent = b
print(worker.parent is b)
print(b.switch())

# reparenting to a greenlet of a chain
a1 = greenlet(lambda *a: ('a1 started by', a))
a2 = greenlet(lambda: 'a2', a1)
a3 = greenlet(lambda: 'a3', parent=a2)
print(a3.parent is a2, a2.parent is a1, a1.parent is main)
for bad in [lambda: setattr(a1, 'parent', a3), lambda: setattr(a1, 'parent', a1),
            lambda: setattr(a1, 'parent', 1), lambda: delattr(a1, 'parent'),
            lambda: greenlet(None, 5), lambda: greenlet(pause, main, 3),
            lambda: greenlet(bad_kw=1), lambda: greenlet(pause, run=pause)]:
    try:
        bad()
        print('no error')
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
a3.parent = a1
print(a3.parent is a1, a3.switch(), a1.dead, a2.dead, a3.dead)

# a greenlet's return goes to the first parent that is alive
def mid():
    return 'mid returns'

m1 = greenlet(mid)
print(m1.switch())
orphan = greenlet(lambda: 'orphan returns', m1)
print(orphan.switch(), orphan.dead)

# subclasses: run as a method, extra state, super().__init__
class Worker(greenlet):
    def __init__(self, name, parent=None):
        super().__init__(parent=parent)
        self.name = name

    def run(self, x):
        y = self.parent.switch(self.name + ' started with ' + str(x))
        return self.name + ' ended with ' + str(y)

w = Worker('w1')
print(w.switch(1))
print(w.switch(2))
print(type(w).__mro__[1] is greenlet, isinstance(w, greenlet), w.dead)

class Quiet(greenlet):
    pass

q = Quiet(lambda: 'quiet')
print(q.switch(), shape(q))
print(type(main).__name__, type(main).__module__, greenlet.__module__)
print(getcurrent() is main, greenlet.getcurrent() is main)
