# issubclass across the built-in exception hierarchy, and what `except Exception` does not catch
classes = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
           ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError,
           LookupError, IndexError, KeyError, NameError, UnboundLocalError, OSError,
           ConnectionRefusedError, ConnectionResetError, TimeoutError, BrokenPipeError,
           FileNotFoundError, RuntimeError, RecursionError, NotImplementedError, SyntaxError,
           IndentationError, TypeError, ValueError, UnicodeError, MemoryError]
for base in (Exception, ArithmeticError, LookupError, NameError, OSError, RuntimeError, SyntaxError, ValueError):
    subs = [c.__name__ for c in classes if issubclass(c, base) and c is not base]
    print(base.__name__ + ":", ", ".join(subs))
print("not Exception:", [c.__name__ for c in classes if not issubclass(c, Exception)])
print(issubclass(KeyError, (TypeError, LookupError)), issubclass(bool, Exception))
print(isinstance(KeyError(), LookupError), isinstance(KeyError, LookupError))
for cls in (SystemExit, KeyboardInterrupt, GeneratorExit):
    try:
        try:
            raise cls()
        except Exception:
            print("never")
    except BaseException as e:
        print(type(e).__name__, "passed through except Exception")
