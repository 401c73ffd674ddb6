# greenlet: two greenlets passing a counter back and forth, and the values switch() hands over
from greenlet import greenlet, getcurrent

log = []

def ping(n):
    while n < 6:
        log.append(('ping', n))
        n = pong_g.switch(n + 1)
    return 'ping done at %d' % n

def pong(n):
    while True:
        log.append(('pong', n))
        n = ping_g.switch(n + 1)

ping_g = greenlet(ping)
pong_g = greenlet(pong)
print(ping_g.switch(0))
print(log)
print(ping_g.dead, pong_g.dead, bool(ping_g), bool(pong_g))

main = getcurrent()

def echo():
    while True:
        print('echo got', repr(main.switch()))

e = greenlet(echo)
e.switch()
e.switch()
e.switch(1)
e.switch(1, 2)
e.switch(None)
e.switch(())
e.switch([1])
e.switch(a=1)
e.switch(1, a=2)
e.switch(1, 2, a=3, b=4)

def receiver():
    print('r1', repr(main.switch()))
    print('r2', repr(main.switch()))
    return 'r-end'

r = greenlet(receiver)
print('start returns', repr(r.switch()))
print('switch returns', repr(r.switch('x')))
print('last returns', repr(r.switch('y', 'z')))
print('dead:', r.dead)

def starter(*args, **kwargs):
    print('run got', args, sorted(kwargs.items()))
    return args

print(greenlet(starter).switch())
print(greenlet(starter).switch(1, 2, k=3))
print(greenlet(starter).switch(k=1))

# switching to the running greenlet hands the value straight back
print(repr(main.switch(5)), repr(main.switch()), repr(main.switch(1, 2)), repr(main.switch(x=1)))

# a dead greenlet's switch goes to its parent (here: the running main greenlet)
print(repr(r.switch('to the parent')))
print(repr(greenlet(lambda: None).switch()))
