# __mro__ of runtime, syntax, type, value and memory error classes
def names(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in (RuntimeError, RecursionError, NotImplementedError, SyntaxError, IndentationError,
            TypeError, ValueError, UnicodeError, MemoryError):
    print(names(cls))
