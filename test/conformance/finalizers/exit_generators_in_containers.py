# Suspended generators reachable only through containers (lists, dicts, instance attributes, tuples, yield from, a with block) are closed at exit in CPython's order, with no class with __del__
def gen(i):
    try:
        yield i
    finally:
        print('close', i)
gens = [gen(i) for i in range(3)]
[next(g) for g in gens]
g9 = gen(9); next(g9)
d = {'a': gen(10), 'b': gen(11)}
for v in d.values(): next(v)
class H:
    def __init__(self):
        self.g = gen(20); next(self.g)
h = H()
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print("exit", a[0].__name__)
def wg():
    with CM():
        yield 1
w = wg(); next(w)
print('end')
def outer(i):
    try:
        yield from gen(i)
    finally:
        print('outer close', i)
class Box:
    def __init__(self, n):
        self.items = [gen(n), gen(n + 1)]
        for g in self.items: next(g)
        self.t = (gen(n + 5),)
        next(self.t[0])
b1 = Box(100)
b2 = Box(200)
o = outer(7); next(o)
pipe = (x * 2 for x in outer(50))
next(pipe)
def chain():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print('chain got exit at', i)
            raise
c = chain(); next(c); next(c)
store = {}
for k in 'xyz':
    store[k] = gen(ord(k)); next(store[k])

