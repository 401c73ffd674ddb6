# greenlet: settrace events for switches to the running greenlet, dead targets, and a trace function that raises
import greenlet
m = greenlet.getcurrent()
names = {id(m): 'main'}
def tr(ev, args): print('T', ev, names.get(id(args[0]), '?'), names.get(id(args[1]), '?'))
greenlet.settrace(tr)
g = greenlet.greenlet(lambda: 1); names[id(g)] = 'g'
print(repr(g.throw()))
g = greenlet.greenlet(lambda: 1); names[id(g)] = 'g2'
try: g.throw(KeyError)
except KeyError: print('KE')
print(m.switch(3))
g = greenlet.greenlet(lambda: 1); names[id(g)] = 'g3'
g.switch()
print(g.switch('dead'))
def bad(ev, args): raise RuntimeError('tracer failed')
greenlet.settrace(bad)
g = greenlet.greenlet(lambda: 'ran'); names[id(g)] = 'g4'
try: print(g.switch())
except RuntimeError as e: print('RE', e, g.dead, bool(g))
greenlet.settrace(None)
print(greenlet.settrace(None))
