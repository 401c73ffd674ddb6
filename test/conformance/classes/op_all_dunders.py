# every binary operator dunder, reflected and in-place, plus fallback order
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v!r})"
ops = ['add','sub','mul','matmul','truediv','floordiv','mod','divmod','pow','lshift','rshift','and','xor','or']
def mk(name):
    def f(self, o): return f"{name}({self.v},{getattr(o,'v',o)})"
    return f
for n in ops:
    setattr(V, f"__{n}__", mk(n))
    setattr(V, f"__r{n}__", mk('r'+n))
    if n != 'divmod':
        setattr(V, f"__i{n}__", mk('i'+n))
a = V(1)
print(a + 2, 2 + a, a - 2, 2 - a, a * 2, 2 * a, a @ 2, 2 @ a)
print(a / 2, 2 / a, a // 2, 2 // a, a % 2, 2 % a, divmod(a, 2), divmod(2, a))
print(a ** 2, 2 ** a, pow(a, 2), pow(2, a), a << 2, 2 << a, a >> 2, 2 >> a)
print(a & 2, 2 & a, a ^ 2, 2 ^ a, a | 2, 2 | a)
for n, sym in [('add','+='),('sub','-='),('mul','*='),('matmul','@='),('truediv','/='),('floordiv','//='),('mod','%='),('pow','**='),('lshift','<<='),('rshift','>>='),('and','&='),('xor','^='),('or','|=')]:
    x = V(5)
    ns = {'x': x}
    exec(f"x {sym} 3", ns)
    print(sym, ns['x'])
print(pow(a, 2, 5) if False else 'skip')
class U:
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o, mod=None): return ('rpow', o, mod)
print(pow(U(), 2, 7), U() ** 3, 3 ** U())
try:
    pow(3, U(), 7)
except TypeError as e:
    print('TypeError', e)
