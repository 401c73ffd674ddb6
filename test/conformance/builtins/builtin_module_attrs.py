# open is io.open; site's helper objects are _sitebuiltins classes; __itemsize__ of variable-size types
import io, cProfile, pstats, sys
print(io.open is open, open.__module__, open.__qualname__, repr(open))
for o in (exit, quit, help, copyright, credits, license):
    print(o.__module__, type(o).__module__, type(o).__qualname__, repr(type(o)))
class I(int):
    pass
class T(tuple):
    pass
print([t.__itemsize__ for t in (int, bool, bytes, tuple, memoryview, type, I, T, str, list, float, dict, object)])
print(type(sys._getframe()).__itemsize__, type((lambda: 0).__code__).__itemsize__, type((x for x in ())).__itemsize__)
