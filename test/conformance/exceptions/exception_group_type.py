# BaseExceptionGroup/ExceptionGroup: construction and its errors, str/repr, split/subgroup/derive,
# what derived groups copy, and subclasses with their own __new__/__init__/derive.
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
g = BaseExceptionGroup("m", [ValueError(1), TypeError(2)])
print(type(g).__name__, g, repr(g), g.message, g.exceptions, g.args)
g2 = BaseExceptionGroup("m", (KeyboardInterrupt(),))
print(type(g2).__name__, str(g2), repr(g2))
for a in [(), ("m",), (1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]), ("m", [ValueError(), 2]), ("m", None), ("m", {ValueError()}), ("m", "ab")]:
    try: print(repr(BaseExceptionGroup(*a)))
    except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("m", [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
class MyEG(ExceptionGroup): pass
try: MyEG("m", [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
class MyBEG(BaseExceptionGroup): pass
print(repr(MyBEG("m", [ValueError()])), type(MyBEG("m", [ValueError()])).__name__)
try: BaseExceptionGroup("m", [ValueError()], x=1)
except Exception as e: print(type(e).__name__, e)
try: BaseExceptionGroup("m", [ValueError()], 3)
except Exception as e: print(type(e).__name__, e)
g = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
g.add_note("note1")
m, r = g.split(ValueError)
print(repr(m), repr(r))
print(m.__notes__, m.__notes__ is g.__notes__, r.__notes__)
print(g.split(TypeError))
print(g.split(OSError))
print(g.split(OSError)[1] is g, g.split(Exception)[0] is g)
print(g.subgroup(ValueError), g.subgroup(OSError), g.subgroup(Exception) is g)
print(g.split((ValueError, KeyError)))
print(g.split(lambda e: isinstance(e, ValueError) and e.args[0] == 3))
print(g.split(lambda e: e.message == "inner" if isinstance(e, BaseExceptionGroup) else False))
for bad in [1, "x", (ValueError, 1), int]:
    try: print(g.split(bad))
    except Exception as e: print(type(e).__name__, e)
print(repr(g.derive([KeyError(0)])), repr(g.derive([KeyboardInterrupt()])))
print(g.exceptions.__class__, ExceptionGroup("x", (ValueError(),)).exceptions)
print(ExceptionGroup[int], BaseExceptionGroup.__init__ is BaseException.__init__, ExceptionGroup.__new__ is BaseExceptionGroup.__new__)
try: g.message = 'x'
except Exception as e: print(type(e).__name__, e)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    g = e
g.__cause__ = KeyError('c'); g.__context__ = OSError('x')
m, r = g.split(ValueError)
print(m.__traceback__ is g.__traceback__, m.__cause__ is g.__cause__, m.__context__ is g.__context__, m.__suppress_context__, hasattr(m, '__notes__'))
g.__notes__ = ('a', 'b')
print(g.split(ValueError)[0].__notes__)
g.__notes__ = 5
try: print(g.split(ValueError)[0].__notes__)
except Exception as e: print(type(e).__name__, e)
g.__notes__ = 'ab'
print(g.split(ValueError)[0].__notes__)
class EG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
        self.extra = 1
    def derive(self, excs):
        return EG(self.message, excs, self.code)
e = EG("eg", [ValueError(1), TypeError(2)], 42)
print(repr(e), e.args, e.code, str(e))
m, r = e.split(ValueError)
print(type(m).__name__, repr(m), m.code, r.code, r.extra)
class EG2(ExceptionGroup):
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
try: EG2("m", [ValueError()], 1)
except Exception as e: print(type(e).__name__, e)
class EG3(ExceptionGroup): pass
e3 = EG3("m", [ValueError(1), KeyError(2)])
print(repr(e3.split(ValueError)), type(e3.derive([ValueError()])).__name__)
class Bad(ExceptionGroup):
    def derive(self, excs): return 5
try: Bad("m", [ValueError(1), KeyError(2)]).split(ValueError)
except Exception as e: print(type(e).__name__, e)
class Cnt(ExceptionGroup):
    def derive(self, excs):
        print("derive", excs); return Cnt(self.message, excs)
Cnt("m", [ValueError(1), Cnt("n", [KeyError(2), ValueError(3)])]).split(ValueError)
calls = []
def pred(e): calls.append(repr(e)); return False
ExceptionGroup("m", [ValueError(1), ExceptionGroup("n", [KeyError(2)])]).split(pred)
print(calls)
g = ExceptionGroup("m", [ValueError(1)])
g.__suppress_context__ = True
print(g.split(KeyError)[1].__suppress_context__)
g = ExceptionGroup("m", [ValueError(1)]); g.foo = 1
print(hasattr(g.split(KeyError)[1], 'foo'))
x = ValueError(1)
g = ExceptionGroup("m", [x, x])
print(g.split(ValueError)[0] is g, g.split(lambda e: e is x and not isinstance(e, ExceptionGroup)))
print(ExceptionGroup("m", [ValueError()]).__class__.__init__)
print(BaseExceptionGroup.__new__(BaseExceptionGroup, "m", [ValueError()]).__class__)
print(type(ExceptionGroup.__new__(MyEG if False else ExceptionGroup, "x", [ValueError()])))
print(dir(g)[-8:])
