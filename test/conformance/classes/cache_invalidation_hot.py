# attribute and operator caches in hot loops see classes change mid-loop
class P:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def __add__(self, o): return P(self.v + o.v)
class Q(P): pass
def loop(n):
    out = []
    q = Q(1)
    for i in range(n):
        if i == n // 4: P.get = lambda self: -self.v
        if i == n // 2: Q.get = lambda self: 100
        if i == 3 * n // 4: del Q.get
        out.append(q.get())
    return out[0], out[n // 4], out[n // 2], out[-1]
print(loop(4000))
def ops(n):
    a, b = Q(1), Q(2)
    seen = []
    for i in range(n):
        if i == n // 3: P.__add__ = lambda s, o: 'patched'
        if i == 2 * n // 3: Q.__add__ = lambda s, o: 'sub'
        r = a + b
        if i in (0, n // 3, 2 * n // 3): seen.append(r if isinstance(r, str) else r.v)
    return seen
print(ops(3000))
def attrs(n):
    q = Q(5)
    res = []
    for i in range(n):
        if i == n // 2:
            Q.v = property(lambda self: 'prop')
        res.append(q.v)
    return res[0], res[-1]
print(attrs(2000))
def slots_change(n):
    class R:
        x = 1
    r = R()
    vals = []
    for i in range(n):
        if i == n // 2: R.x = 2
        if i == 3 * n // 4: r.x = 3
        vals.append(r.x)
    return vals[0], vals[n // 2], vals[-1]
print(slots_change(2000))
def bases_change(n):
    class X:
        def who(self): return 'X'
    class Y:
        def who(self): return 'Y'
    class Z(X): pass
    z = Z(); got = []
    for i in range(n):
        if i == n // 2: Z.__bases__ = (Y,)
        got.append(z.who())
    return got[0], got[-1]
print(bases_change(2000))
def class_swap(n):
    class K1:
        def f(self): return 1
    class K2:
        def f(self): return 2
    k = K1(); s = 0
    for i in range(n):
        if i == n // 2: k.__class__ = K2
        s += k.f()
    return s
print(class_swap(2000))
def global_builtin(n):
    import builtins
    total = 0
    for i in range(n):
        if i == n // 2: builtins.len = lambda x: 1000
        total += len('ab')
    del builtins.len
    return total
import builtins as _b
_orig_len = len
try: print(global_builtin(1000))
finally: _b.len = _orig_len
