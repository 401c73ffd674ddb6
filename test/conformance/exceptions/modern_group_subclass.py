# ExceptionGroup subclasses: __new__/__init__/__str__/derive overrides, split copying traceback/cause/context/notes, MRO errors, pickling
import traceback, sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    eg = e
eg.__cause__ = KeyError("cause")
eg.__context__ = IndexError("ctx")
eg.add_note("a note")
m, r = eg.split(ValueError)
print(m.__traceback__ is eg.__traceback__, repr(m.__cause__), repr(m.__context__), m.__notes__, m.__notes__ is eg.__notes__)
print(m.__suppress_context__, eg.__suppress_context__)
class EG(ExceptionGroup):
    def __new__(cls, msg, excs, extra=None):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
    def __init__(self, msg, excs, extra=None):
        super().__init__(msg, excs)
    def __str__(self): return f"EG<{self.message}> extra={self.extra}"
e = EG("m", [ValueError(1), TypeError(2)], extra="X")
print(str(e), repr(e), e.args)
m, r = e.split(ValueError)
print(type(m).__name__, repr(m), str(m))
class EG2(ExceptionGroup):
    def derive(self, excs):
        n = EG2(self.message, excs)
        n.tag = "derived"
        return n
e2 = EG2("m", [ValueError(1), TypeError(2)])
m, r = e2.split(ValueError)
print(type(m).__name__, m.tag, r.tag)
print(e2.subgroup(lambda x: True) is e2, e2.split(lambda x: True)[0] is e2, e2.split(OSError))
print(ExceptionGroup("x", (ValueError(),)).exceptions, type(BaseExceptionGroup("y", [ValueError()])).__name__)
class MyBEG(BaseExceptionGroup): pass
print(type(MyBEG("z", [ValueError()])).__name__)
try:
    class Bad(ExceptionGroup, BaseException): pass
    print(Bad.__mro__)
except TypeError as e: print(e)
try:
    class BadE(BaseExceptionGroup, Exception): pass
    print(BadE("q", [KeyboardInterrupt()]))
except TypeError as e: print(e)
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
print(ExceptionGroup("m", [ValueError(1)]) == ExceptionGroup("m", [ValueError(1)]))
eg = ExceptionGroup("m", [ValueError(1)])
print(eg.__reduce__()[0].__name__, eg.__reduce__()[1])
import copy, pickle
c = pickle.loads(pickle.dumps(eg)); print(repr(c), type(c))
print(repr(copy.copy(eg)))
traceback.print_exception(EG("m", [ValueError(1)], extra=3), file=sys.stdout)
