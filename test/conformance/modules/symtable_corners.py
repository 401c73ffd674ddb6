# symtable: cells, __class__, walrus, annotations, class-level globals, deletes
import symtable

SRC = '''
from os.path import *
total = 0

class Base:
    def hello(self):
        return __class__

class Child(Base):
    global total
    total = 1
    items = [n for n in range(3)]
    def hello(self):
        return super().hello()

def closures():
    cell = 1
    def reader():
        return cell
    def writer():
        nonlocal cell
        cell = 2
    return reader, writer

def walrus(data):
    if any((found := d) > 2 for d in data):
        return found
    [last := v for v in data]
    return last

def annotated(p: int) -> str:
    local: str = 'x'
    bare: int
    del local
    return str(p)

def uses_global():
    print(total, len)
    lambda: total
'''
top = symtable.symtable(SRC, 'corners.py', 'exec')

def walk(t, depth=0):
    pad = '  ' * depth
    print(pad + repr(t), t.get_id() > 0)
    for s in t.get_symbols():
        scope = ('local' if s.is_local() else '') + ('global' if s.is_global() else '') + \
                ('free' if s.is_free() else '') + ('declared' if s.is_declared_global() else '')
        print(pad + '  ', s.get_name(), scope, s.is_referenced(), s.is_assigned(), s.is_annotated(),
              s.is_imported(), s.is_parameter(), s.is_nonlocal(), s.is_namespace())
    if isinstance(t, symtable.Function):
        print(pad + '  ', t.get_parameters(), t.get_locals(), t.get_globals(), t.get_nonlocals(), t.get_frees())
    for c in t.get_children():
        walk(c, depth + 1)

walk(top)
