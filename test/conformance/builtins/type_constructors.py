# Calling built-in types: TracebackType, MappingProxyType, CellType, GenericAlias, structseqs, and the types that refuse (sys.version_info, sys.flags, frame, NoneType).
import types, sys, collections, itertools
tests = {
 'MappingProxyType': lambda: types.MappingProxyType({'a': 1})['a'],
 'SimpleNamespace': lambda: types.SimpleNamespace(a=1),
 'ModuleType': lambda: types.ModuleType('m', 'doc').__doc__,
 'MethodType': lambda: types.MethodType(lambda self: 1, object())(),
 'CellType': lambda: types.CellType(5).cell_contents,
 'GenericAlias': lambda: types.GenericAlias(list, (int,)),
 'UnionType': lambda: types.UnionType(),
 'TracebackType': lambda: types.TracebackType(None, sys._getframe(), 0, 1).tb_lineno,
 'property': lambda: property(lambda s: 1).fget is not None,
 'range_iter': lambda: type(iter(range(3)))(),
 'dict_keys': lambda: type({}.keys())(),
 'frame': lambda: types.FrameType(),
 'NoneType': lambda: type(None)(),
 'NotImplementedType': lambda: type(NotImplemented)(),
 'ellipsis': lambda: type(...)(),
 'super': lambda: super(int, 1).__self__,
 'slice': lambda: slice(1, 2, 3),
 'memoryview': lambda: memoryview(b'ab')[0],
 'bool': lambda: bool(2),
 'zip strict': lambda: list(zip([1], [2], strict=True)),
 'map': lambda: list(map(abs, [-1])),
 'enumerate': lambda: list(enumerate('ab', start=5)),
 'reversed': lambda: list(reversed([1, 2])),
 'staticmethod': lambda: staticmethod(len)([1]),
 'classmethod': lambda: classmethod(len).__func__,
 'BuiltinFunctionType': lambda: types.BuiltinFunctionType(),
 'structseq': lambda: type(sys.version_info)((3, 11, 0, 'final', 0)),
 'flags': lambda: type(sys.flags)(),
 'float_info': lambda: type(sys.float_info)(range(11)).max,
}
for name, fn in tests.items():
    try:
        print(name, repr(fn())[:60])
    except Exception as e:
        print(name, type(e).__name__, str(e)[:80])
