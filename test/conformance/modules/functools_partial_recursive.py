# functools.partial: a repr that reaches the partial itself shows '...'; partials take weak
# references; copy.copy shares the instance dict, as CPython's __reduce__ does.
import functools, weakref, copy
def f(*a, **k): return a, k
p = functools.partial(f)
p.__setstate__((f, (p,), {}, {}))
print(repr(p).replace(hex(id(f)), 'ADDR'))
p.__setstate__((f, (1,), {'a': p}, {}))
print(repr(p).replace(hex(id(f)), 'ADDR'))
p.__setstate__((f, (), {}, {}))
class P(functools.partial): pass
s = P(f, 2)
s.__setstate__((f, (s, [s]), {}, None))
print(repr(s).replace(hex(id(f)), 'ADDR'))
q = functools.partial(f, 1)
r = weakref.ref(q)
print(r() is q, q(2, x=3))
q.attr = [1]
c = copy.copy(q)
print(c.__dict__ is q.__dict__, c.attr is q.attr, c(5))
d = copy.deepcopy(q)
print(d.__dict__ == q.__dict__, d.attr is q.attr)
