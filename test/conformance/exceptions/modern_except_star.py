# ExceptionGroup/BaseExceptionGroup construction errors, split/subgroup/derive, add_note, except* matching, raising and re-raising in handlers, except* SyntaxErrors
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions)
m, r = eg.split(ValueError)
print(repr(m)); print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.subgroup(OSError)))
print(eg.split((ValueError, TypeError)))
print(eg.subgroup(lambda e: e is eg))
print(type(eg.derive([ValueError()])))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
meg = MyEG("x", [ValueError(1), TypeError(2)])
print(repr(meg.split(ValueError)))
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("b", [ValueError()])
print(type(beg2).__name__)
for args in [(), ("m",), ("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError()), ("m", [KeyboardInterrupt()])]:
    try:
        print(ExceptionGroup(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    BaseExceptionGroup("m", (ValueError(),), 3)
except Exception as e:
    print(type(e).__name__, e)
e = ValueError("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(ex)
# except*
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("VE", repr(e))
    except* TypeError as e:
        print("TE", repr(e))
try:
    g()
except ExceptionGroup as e:
    print("left", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("caught naked", repr(e))
except Exception as ex:
    print("??", ex)
try:
    try:
        raise TypeError("naked")
    except* ValueError as e:
        print("no")
except Exception as ex:
    print("propagated", repr(ex))
# raise inside except*
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except KeyError as ex:
    print("raised in handler", repr(ex), repr(ex.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as ex:
    print("raised in handler", repr(ex), repr(ex.exceptions[0].__context__))
# re-raise
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as ex:
    print("reraise", repr(ex))
for code in ["try:\n pass\nexcept* ExceptionGroup:\n pass",
             "try:\n pass\nexcept*:\n pass",
             "try:\n pass\nexcept* (ValueError, ExceptionGroup):\n pass",
             "def f():\n try:\n  pass\n except* ValueError:\n  return 1",
             "for i in range(3):\n try:\n  pass\n except* ValueError:\n  break",
             "for i in range(3):\n try:\n  pass\n except* ValueError:\n  continue",
             "try:\n pass\nexcept ValueError:\n pass\nexcept* TypeError:\n pass"]:
    try:
        compile(code, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as e:
    print("TypeError", e)
