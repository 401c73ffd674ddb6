# __mro__ of lookup, name and OS error classes
def names(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in (LookupError, IndexError, KeyError, NameError, UnboundLocalError, OSError,
            ConnectionRefusedError, ConnectionResetError, TimeoutError, BrokenPipeError,
            FileNotFoundError):
    print(names(cls))
print(EnvironmentError is OSError, IOError is OSError)
