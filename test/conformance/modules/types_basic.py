import types
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == SimpleNamespace(a=1, b='x', c=[1]), ns != SimpleNamespace(), vars(ns))
class Sub(SimpleNamespace):
    pass
print(Sub(q=2), SimpleNamespace(), repr(SimpleNamespace))
ns.me = ns
print(ns)
def f():
    pass
def g():
    yield
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(g(), types.GeneratorType), isinstance(types, types.ModuleType), types.NoneType)
print(type(None) is types.NoneType, types.GenericAlias, list[int].__origin__)
mp = types.MappingProxyType({'k': 1})
print(mp, mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError', e)
C = types.new_class('C', (dict,), exec_body=lambda ns: ns.update(hello=lambda self: 'hi'))
print(C.__name__, C().hello(), C.__mro__)
try:
    SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
