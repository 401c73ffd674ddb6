# built-in exception classes' docstrings; the Unicode*Error fields belong to the subclasses and their arguments are checked
import builtins
for name in ('BaseException', 'Exception', 'ValueError', 'KeyError', 'OSError', 'StopIteration', 'SystemError', 'ExceptionGroup', 'BaseExceptionGroup', 'UnicodeDecodeError'):
    cls = getattr(builtins, name)
    print(name, repr(cls.__doc__), '__doc__' in vars(cls))
print(ValueError('x').__doc__ == ValueError.__doc__, IOError.__doc__ == OSError.__doc__)
class Mine(ValueError):
    pass
print(Mine.__doc__)
print(hasattr(UnicodeError(), 'encoding'), [n for n in ('encoding', 'object', 'start', 'end', 'reason') if n in vars(UnicodeError)])
print(UnicodeTranslateError('x', 0, 1, 'r').encoding)
e = UnicodeDecodeError('a', bytearray(b'xy'), True, 2, 'r')
print(repr(e), type(e.object).__name__, e.start, e)
for cls, args in [(UnicodeEncodeError, ('ascii', b'e', 0, 1, 'no')), (UnicodeEncodeError, (1, 'e', 0, 1, 'no')),
                  (UnicodeEncodeError, ('a', 'e', '0', 1, 'r')), (UnicodeEncodeError, ('a', 'e', 0, 1, b'r')),
                  (UnicodeEncodeError, ('a', 'e', 0, 1.5, 'r')), (UnicodeEncodeError, ('a', 'e', 2**70, 1, 'r')),
                  (UnicodeDecodeError, ('ascii', 'e', 0, 1, 'no')), (UnicodeDecodeError, ('a', 5, 0, 1, 'r')),
                  (UnicodeTranslateError, (b'x', 0, 1, 'r')), (UnicodeTranslateError, ('x', 0, 1))]:
    try:
        print(repr(cls(*args)))
    except (TypeError, OverflowError) as ex:
        print(cls.__name__, type(ex).__name__, ex)
