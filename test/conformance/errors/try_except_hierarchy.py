# except clauses match subclasses; the exception class hierarchy
pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError), (StopIteration, Exception),
         (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
         (NotImplementedError, RuntimeError), (AssertionError, Exception), (TypeError, ValueError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
for exc in (KeyError("k"), IndexError("i"), ZeroDivisionError("z")):
    try:
        raise exc
    except LookupError as e:
        print("LookupError handler:", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError handler:", type(e).__name__)
print([c.__name__ for c in KeyError.__mro__])
