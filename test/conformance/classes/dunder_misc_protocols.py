# call, hash, matmul, enter/exit, abs/neg/pos/invert, getitem slices, setitem, delitem dispatch
class Seq:
    def __getitem__(self, k): return ('get', k)
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
s = Seq()
print(s[1], s[1:2], s[::2], s[1, 2], s[...], s[:, 1], s['a':'b':None])
s[1:3] = 'x'; s[::] = 5; del s[1:]; del s[0, 1]
s[1], s[2] = 'a', 'b'
class Unary:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
u = Unary(); print(-u, +u, ~u, abs(u))
class CM:
    def __init__(self, sup=False): self.sup = sup
    def __enter__(self): print('enter'); return 'value'
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None, v); return self.sup
with CM() as v: print('body', v)
with CM(True): raise ValueError('swallowed')
try:
    with CM(False): raise KeyError('k')
except KeyError as e: print('escaped', e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit(): pass
except TypeError as e: print('TypeError:', e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except TypeError as e: print('TypeError:', e)
class Call:
    def __call__(self, *a, **k): return ('called', a, k)
print(Call()(1, x=2), callable(Call()), callable(Call))
class NotCall: pass
try: NotCall()()
except TypeError as e: print('TypeError:', e)
c = NotCall(); c.__call__ = lambda: 1
try: c()
except TypeError as e: print('TypeError:', e)
class GetOnly:
    def __getitem__(self, k): return k
try: GetOnly()[0] = 1
except TypeError as e: print('TypeError:', e)
try: del GetOnly()[0]
except TypeError as e: print('TypeError:', e)
try: NotCall()[0]
except TypeError as e: print('TypeError:', e)
try: NotCall[0]
except TypeError as e: print('TypeError:', e)
class Len:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
print(list(Len()), sorted(Len()), tuple(Len()), max(Len()), sum(Len()), 1 in Len(), list(enumerate(Len())))
print(*Len(), sep='|')
a, b = Len(); print(a, b)
try: a, b, c = Len()
except ValueError as e: print('ValueError:', e)
print({**{'k': 1}}, dict(zip(Len(), 'ab')))
class KeysMap:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
print(dict(KeysMap()), {**KeysMap()}, (lambda **kw: kw)(**KeysMap()))
try: {**Len()}
except TypeError as e: print('TypeError:', e)
try: (lambda **kw: kw)(**Len())
except TypeError as e: print('TypeError:', e)
try: (lambda *a: a)(*NotCall())
except TypeError as e: print('TypeError:', e)
try: print(*5)
except TypeError as e: print('TypeError:', e)
