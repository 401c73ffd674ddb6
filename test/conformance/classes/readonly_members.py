# assigning or deleting READONLY members of native types: "readonly attribute"; getsets: "not writable"
def f(): pass
class A:
    def m(self): pass
objs = [(f, '__closure__'), (f, '__globals__'), (f, '__builtins__'), (A().m, '__func__'), (A().m, '__self__'),
        (classmethod(f), '__func__'), (staticmethod(f), '__wrapped__'), (property(f), 'fget'), (property(f), 'fdel'),
        (super(A, A()), '__self__'), (super(A, A()), '__thisclass__'), (slice(1), 'start'), (range(3), 'step'), (1j, 'real'),
        (f.__code__, 'co_name'), (f.__code__, 'co_varnames'), (f.__code__, 'co_consts'), (A, '__mro__'), (A, '__base__'), (A, '__flags__'),
        ((x for x in []), 'gi_running'), (len, '__self__'), (1, 'real'), (A().m, '__name__'), (A().m, '__doc__')]
for o, name in objs:
    try:
        setattr(o, name, 1); print(type(o).__name__, name, 'set ok')
    except (AttributeError, TypeError) as e:
        print(type(o).__name__, name, type(e).__name__, e)
    try:
        delattr(o, name); print(type(o).__name__, name, 'del ok')
    except (AttributeError, TypeError) as e:
        print(type(o).__name__, name, type(e).__name__, e)
import types
for t, name in [(types.FunctionType, '__closure__'), (types.MethodType, '__func__'), (property, 'fget'), (slice, 'stop'), (types.CodeType, 'co_flags'), (super, '__self_class__'), (type, '__mro__'), (types.FunctionType, '__code__')]:
    d = t.__dict__[name]
    print(type(d).__name__, repr(d), d.__name__, d.__objclass__.__name__)
print(super(A, A()).__self_class__.__name__, super(A).__self__, super(A).__self_class__, sorted(k for k in vars(super) if not k.startswith('__') or k in ('__self__', '__thisclass__')))
