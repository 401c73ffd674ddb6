# Built-in exception classes called with one argument (the loop's fixed-arity call for
# classes that keep BaseException's __new__ and __init__) against those with their own.
for cls in (BaseException, Exception, ValueError, KeyError, IndexError, LookupError, TypeError,
            ZeroDivisionError, ArithmeticError, AssertionError, RuntimeError, NotImplementedError,
            RecursionError, MemoryError, StopIteration, SystemExit, KeyboardInterrupt, OSError,
            FileNotFoundError, ImportError, ModuleNotFoundError, NameError, AttributeError, UnicodeError):
    e = cls('x')
    print(cls.__name__, type(e).__name__, repr(e), str(e), e.args)

print(StopIteration(7).value, SystemExit(3).code, ImportError('m').name, NameError('n').name)
print(type(OSError(2, 'missing')).__name__, OSError('only').errno)


class Wrapped(ValueError):
    def __init__(self, x):
        super().__init__('wrapped', x)


class Made(KeyError):
    def __new__(cls, x):
        self = super().__new__(cls, x, x)
        self.extra = True
        return self


print(Wrapped(1).args, Made(2).args, Made(2).extra)
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise KeyError('outer')
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
errors = [ValueError(i) for i in range(3)]
print([e.args[0] for e in errors], errors[0] is not errors[1])
