# isinstance and issubclass with classes, tuples and builtin types
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
d = D()
print(isinstance(d, D), isinstance(d, A), isinstance(d, C), isinstance(B(), D))
print(isinstance(d, (int, C)), isinstance(d, ()), isinstance(5, (str, (list, int))))
print(issubclass(D, A), issubclass(A, D), issubclass(D, D), issubclass(D, (int, C)))
print(issubclass(A, object), issubclass(int, object), isinstance(A, object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(1, float), isinstance(1.0, float), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(A, type), isinstance(int, type))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(ValueError("x"), Exception), issubclass(Exception, BaseException))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, A)
except TypeError as e:
    print("TypeError:", e)
