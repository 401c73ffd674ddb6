# Built-in types that cannot be subclassed (function, method, code, cell, descriptors...) and those that can.
import types
names=[]
for n in sorted(dir(types)):
    t=getattr(types,n)
    if isinstance(t,type) and not n.startswith('_'):
        try:
            type('X',(t,),{})
            names.append((n, 'ok'))
        except TypeError as e: names.append((n, 'final'))
print(names)
for t in (bool, type(None), type(NotImplemented), type(...), range, slice, memoryview, type(iter([])), type(zip()), type(enumerate([])), property, staticmethod, classmethod, super, type(len), map, filter, reversed):
    try:
        type('X',(t,),{}); print(t.__name__, 'ok')
    except TypeError as e: print(t.__name__, e)
