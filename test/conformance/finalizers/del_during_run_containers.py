# __del__ runs as containers drop their items (pop, remove, slices, dict and set methods, attributes, tuples, nested lists), at a frame's return and an except clause's end
class T:
    live = 0
    def __init__(self, name):
        self.name = name
        T.live += 1
    def __del__(self):
        T.live -= 1
        print('  del', self.name)
    def __repr__(self): return 'T(%s)' % self.name

print('pop'); l = [T('a'), T('b'), T('c')]; l.pop(); print(T.live)
print('remove'); l.remove(l[0]); print(T.live)
print('slice'); l = [T(i) for i in range(4)]; del l[1:3]; print(T.live, l)
print('setitem'); l[0] = T('new0'); print(T.live)
print('dictpop'); d = {1: T('d1'), 2: T('d2')}; d.pop(1); print(T.live)
print('dictclear'); d[3] = T('d3'); d.clear(); print(T.live)
print('setdiscard'); s = {T('s1')}; s.clear(); print(T.live)
print('attr')
class H: pass
h = H(); h.t = T('h1'); h.t = T('h2'); print(T.live); del h.t; print(T.live)
print('tuple'); t = (T('t1'), T('t2')); t = None; print(T.live)
print('nested'); outer = [T('o1'), [T('i1'), T('i2')], T('o2')]; del outer; print(T.live)
def many():
    x = T('x'); y = T('y'); z = T('z')
    return y
print('frame'); r = many(); print(T.live); del r
print('exc')
try:
    raise ValueError(T('in exc'))
except ValueError as e:
    print('handling', T.live)
print('after exc', T.live)
print('loop')
for i in range(3):
    cur = T('it%d' % i)
    print('made', i, T.live)
del cur
print('comprehension'); n = len([T(i) for i in range(2)]); print(n, T.live)
print('f-string', f'{T("fs")!r}', T.live)
print('chain'); a = T('chain'); a = a; b = a; del a; print(T.live); del b; print(T.live)
print('swap'); p, q = T('p'), T('q'); p, q = q, p; del p; print(T.live); q = None; print(T.live)
print('default arg')
def f(x=T('default')): return x
del f
print(T.live)
print('class attr')
class K: attr = T('classattr')
del K
print(T.live)
print('lambda'); g = lambda: T('lam'); g(); print(T.live)
print('end', T.live)
