# inspect.signature of built-in functions, methods (bound and unbound), slot wrappers, classmethods and types
import inspect, sys
class M(type):
    pass
class L(list):
    pass
class Plain:
    pass
class WithInit(dict):
    def __init__(self, a, b=2):
        pass
items = [type, object, float, int, dict, range, enumerate, bool, complex, str, bytes, list, zip, ValueError, super,
         property, memoryview, slice, 'abc'.split, [].append, (1).__add__, int.__add__, dict.fromkeys, int.from_bytes,
         object.__init__, object.__new__, float.fromhex, len, next, iter, getattr, vars['__dict__'] if False else dir,
         vars(dict)['fromkeys'], print, round, sorted, sum, pow, divmod, isinstance, max, min, abs, hash, format, repr, __import__,
         bytearray.fromhex, vars(bytearray)['fromhex'], str.split, dict.get, dict.pop, list.sort, int.to_bytes, bytes.hex,
         str.__len__, 'a'.__len__, M, L, Plain, WithInit, sys.getrecursionlimit if False else sorted]
for x in items:
    name = getattr(x, '__qualname__', None) or repr(x)
    try:
        print(name, inspect.signature(x))
    except ValueError as e:
        print(name, 'ValueError', str(e).split(' at 0x')[0])
print([(p.name, p.kind.name, p.default) for p in inspect.signature(int.to_bytes).parameters.values()])
print(inspect.getfullargspec(len))
print(inspect.getfullargspec([].append))
print(inspect.getfullargspec(str.split))
print(len.__text_signature__, str.split.__text_signature__, [].append.__text_signature__, float.__text_signature__, int.__text_signature__)
print(vars(dict)['fromkeys'].__text_signature__, dict.fromkeys.__text_signature__, (1).__add__.__text_signature__, int.__add__.__text_signature__)
print(L.__text_signature__, Plain.__text_signature__)
print(inspect.signature(sorted).bind([3, 1], reverse=True).arguments)
fk = vars(dict)['fromkeys']
print(callable(fk), fk(dict, 'ab'), type(fk(L, 'a')).__name__)
for args in [(), (5,), (int, 'a')]:
    try:
        fk(*args)
    except TypeError as e:
        print(e)
