# symtable: the compiler's scopes as tables and symbols
import symtable

SRC = '''
import os, sys as system
from collections import OrderedDict
counter: int = 0
CONST = 1

def outer(a, b=2, *args, c, d=4, **kw):
    global counter
    x = a + CONST
    def inner(y):
        nonlocal x
        x += y
        return x + b
    class Local:
        attr = x
        def method(self):
            return self.attr + z
    squares = [i * i for i in range(x)]
    gen = (j for j in args)
    return inner, lambda q: q + x

class Shape(object):
    sides: int
    __secret = 1
    def area(self):
        return 0
    def perimeter(self):
        return self.__secret
    @property
    def name(self):
        return type(self).__name__
    def area(self, unit):
        return unit

async def fetch(url):
    async with url as u:
        return [v async for v in u]

def reuse():
    def reuse():
        pass
    return reuse
'''
top = symtable.symtable(SRC, 'shapes.py', 'exec')

def show(t, depth=0):
    pad = '  ' * depth
    print(pad + repr(t), t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children())
    if isinstance(t, symtable.Function):
        print(pad + '  params', t.get_parameters(), 'locals', t.get_locals(), 'globals', t.get_globals(),
              'nonlocals', t.get_nonlocals(), 'frees', t.get_frees())
    if isinstance(t, symtable.Class):
        print(pad + '  methods', t.get_methods())
    for s in t.get_symbols():
        flags = [n for n in ('referenced', 'parameter', 'global', 'nonlocal', 'declared_global', 'local',
                             'annotated', 'free', 'imported', 'assigned', 'namespace')
                 if getattr(s, 'is_' + n)()]
        print(pad + '  ', repr(s), s.get_name(), flags)
    for child in t.get_children():
        show(child, depth + 1)

show(top)
print(sorted(top.get_identifiers()))
outer = top.lookup('outer').get_namespace()
print(outer, outer is top.lookup('outer').get_namespace(), top.lookup('outer') is top.lookup('outer'))
print(top.lookup('Shape').get_namespaces())
try:
    top.lookup('CONST').get_namespace()
except ValueError as e:
    print('ValueError', e)
try:
    top.lookup('nope')
except KeyError as e:
    print('KeyError', e)
ids = [t.get_id() for t in top.get_children()]
print(len(set(ids)) == len(ids), all(isinstance(i, int) for i in ids))
e = symtable.symtable('a + b', '<expr>', 'eval')
print(e, e.get_type(), [s.get_name() for s in e.get_symbols()], e.lookup('a').is_global())
s = symtable.symtable('x = 1\n', '<single>', 'single')
print(s, s.lookup('x').is_local(), s.lookup('x').is_assigned())
for bad in [('def f(:\n', 'bad.py', 'exec'), ('x', 'f', 'exec2'), ('def f():\n  nonlocal q\n', 'nl.py', 'exec'),
            ('def f(a, a): pass\n', 'dup.py', 'exec'), (b'y = 2\n', 'b.py', 'exec')]:
    try:
        r = symtable.symtable(*bad)
        print(r, [x.get_name() for x in r.get_symbols()])
    except (SyntaxError, ValueError) as exc:
        print(type(exc).__name__, exc)
