# greenlet: greenlet.settrace switch/throw events, and sys.setprofile / sys.settrace across switches
import sys
import greenlet
from greenlet import getcurrent

main = getcurrent()
names = {id(main): 'main'}

def name(g):
    return names.get(id(g), '?')

def tracer(event, args):
    origin, target = args
    print('greenlet trace:', event, name(origin), '->', name(target))

print(greenlet.gettrace())
print(greenlet.settrace(tracer))
print(greenlet.gettrace() is tracer)

def work(x):
    y = main.switch(x + 1)
    return y * 2

g = greenlet.greenlet(work)
names[id(g)] = 'g'
print(g.switch(1))
print(g.switch(10))

g2 = greenlet.greenlet(work)
names[id(g2)] = 'g2'
g2.switch(1)
try:
    g2.throw(ValueError, 'into g2')
except ValueError as e:
    print('main caught', e)

g3 = greenlet.greenlet(work)
names[id(g3)] = 'g3'
g3.switch(1)
print(repr(g3.throw()))
print(greenlet.settrace(None) is tracer, greenlet.gettrace())

def prof(frame, event, arg):
    if event.startswith('c_'):
        print('profile:', event, arg.__name__)
    else:
        print('profile:', event, frame.f_code.co_name)

def helper():
    return 1

def task():
    helper()
    main.switch('paused')
    helper()
    return 'task done'

t = greenlet.greenlet(task)
sys.setprofile(prof)
r1 = t.switch()
r2 = t.switch()
sys.setprofile(None)
print(r1, r2)

def ltrace(frame, event, arg):
    if frame.f_code.co_name in ('task2', 'helper'):
        print('trace:', event, frame.f_code.co_name, frame.f_lineno)
    return ltrace

def task2():
    helper()
    main.switch('paused')
    return 'task2 done'

t2 = greenlet.greenlet(task2)
sys.settrace(ltrace)
r1 = t2.switch()
print('main between switches')
r2 = t2.switch()
sys.settrace(None)
print(r1, r2)
