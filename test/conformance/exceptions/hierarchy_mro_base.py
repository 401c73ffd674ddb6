# __mro__ of the top of the built-in exception hierarchy
def names(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in (BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
            ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError):
    print(names(cls))
print(BaseException.__bases__, Exception.__bases__[0].__name__)
