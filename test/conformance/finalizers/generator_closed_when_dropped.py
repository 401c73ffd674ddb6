# A suspended generator the program drives with next()/send() is closed when its last reference
# goes (del, a rebinding, a function's return, a list's pop/clear): its finally, except
# GeneratorExit and with-block exits run there, as CPython's generator finaliser runs them.
def gen(name):
    try:
        print(name, 'start')
        yield 1
        yield 2
    finally:
        print(name, 'cleanup')
g = gen('a')
next(g)
del g
print('after del a')
def f():
    h = gen('b')
    next(h)
    print('f returns')
f()
print('after f')
for x in gen('c'):
    break
print('after break')
k = gen('d')
print(next(k), next(k))
k = None
print('end')
def gen2(name):
    with open(__file__) as f:
        try:
            yield f.readline()[:5]
            yield 2
        except GeneratorExit:
            print(name, 'got GeneratorExit')
            raise
        finally:
            print(name, 'finally, file closed:', f.closed)
g = gen2('a2'); print(next(g)); g = None; print('after a')
def echo():
    try:
        while True:
            x = yield
            print('got', x)
    finally:
        print('echo done')
e = echo(); e.send(None); e.send(1); e.send(2)
gens = [gen2('L%d' % i) for i in range(2)]
for x in gens: next(x)
gens.pop()
print('popped')
gens.clear()
print('cleared')
e.close()
print('closed e')
def plain():
    yield 1
    yield 2
p = plain(); next(p); del p
print('end')

