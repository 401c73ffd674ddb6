# Exception groups through copy: BaseException.__reduce__/__setstate__, a subclass with its own
# __new__ taking an extra argument, the class's bases and names.
import copy
class E(ExceptionGroup):
    def __new__(cls, msg, excs, extra):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
e = E("m", [ValueError(1)], 7)
print(repr(e), e.args, e.extra, str(e))
g = ExceptionGroup("m", [ValueError(1)])
c = copy.copy(g)
print(repr(c), c is g, c.exceptions is g.exceptions, type(c).__name__)
print(g.__reduce__())
print(isinstance(g, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__bases__, ExceptionGroup.__module__)
print(ExceptionGroup.__doc__ is None, BaseExceptionGroup.__name__, ExceptionGroup.__qualname__)
try:
    raise E("m", [ValueError(1)], 3)
except* ValueError as x:
    print(type(x).__name__, repr(x))
e = ValueError(1); print(e.__reduce__()); e.x = 2; print(e.__reduce__())
e2 = ValueError(); e2.__setstate__({"a": 1}); print(e2.a, e2.__setstate__(None))
try: e2.__setstate__(5)
except Exception as x: print(type(x).__name__, x)
g = ExceptionGroup("m", [ValueError(1)]); g.add_note("n"); c = copy.copy(g); print(repr(c), c.__notes__, c.__notes__ is g.__notes__); d = copy.deepcopy(g); print(repr(d), d.exceptions[0] is g.exceptions[0], d.__notes__)
print(ValueError.__reduce__, BaseException.__setstate__)
print(repr(copy.copy(KeyError('k'))), repr(copy.deepcopy(OSError(2, 'no'))))
