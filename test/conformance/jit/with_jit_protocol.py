# `with` in hot loops and function bodies (compiled): __enter__'s result bound or not,
# __exit__'s arguments, its result ignored on a normal exit, the order of the calls.
log = []

class CM:
    def __init__(self, name, ret=None):
        self.name = name
        self.ret = ret
        self.entered = 0
        self.exited = 0
    def __enter__(self):
        self.entered += 1
        return self.name
    def __exit__(self, t, v, tb):
        self.exited += 1
        if self.exited == 1:
            log.append((self.name, t, v, tb))
        return self.ret

def bound(n):
    cm = CM('a')
    out = []
    for i in range(n):
        with cm as x:
            out.append(x)
    return len(out), out[-1], cm.entered, cm.exited

def unbound(n):
    cm = CM('b', ret=1)  # a truthy result without an exception changes nothing
    t = 0
    i = 0
    while i < n:
        with cm:
            t += i
        i += 1
    return t, cm.entered, cm.exited

def unpacked(n):
    class Pair:
        def __enter__(self):
            return (1, 2)
        def __exit__(self, *a):
            return False
    p = Pair()
    s = 0
    for i in range(n):
        with p as (a, b):
            s += a + b
    return s

def two_items(n):
    a = CM('x')
    b = CM('y')
    order = []
    for i in range(n):
        with a as p, b as q:
            order.append(p + q)
    return order[-1], a.entered, a.exited, b.entered, b.exited

def nested(n):
    a = CM('outer')
    b = CM('inner')
    t = 0
    for i in range(n):
        with a:
            with b as v:
                t += len(v)
    return t, a.exited, b.exited

class Order:
    def __init__(self, tag, seen):
        self.tag = tag
        self.seen = seen
    def __enter__(self):
        self.seen.append('enter ' + self.tag)
        return self
    def __exit__(self, *exc):
        self.seen.append('exit ' + self.tag)

def order(n):
    seen = []
    for i in range(n):
        seen.clear()
        with Order('1', seen), Order('2', seen):
            seen.append('body')
    return seen

def attribute_store(n):
    class Box:
        pass
    b = Box()
    cm = CM('c')
    for i in range(n):
        with cm as b.value:
            pass
    return b.value

def in_function(cm, i):
    with cm as v:
        r = v * 2
    return r, i

def calls(n):
    cm = CM('f')
    r = None
    for i in range(n):
        r = in_function(cm, i)
    return r, cm.exited

print(bound(500))
print(unbound(500))
print(unpacked(500))
print(two_items(500))
print(nested(500))
print(order(500))
print(attribute_store(500))
print(calls(500))
for entry in log:
    print(entry)

# A with at module level, in a loop.
m = CM('module')
total = 0
for i in range(500):
    with m as name:
        total += len(name)
print(total, m.entered, m.exited)
