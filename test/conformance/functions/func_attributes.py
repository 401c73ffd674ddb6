# function objects: __name__, __doc__, and custom attributes
def documented(a, b=1):
    """Adds two numbers."""
    return a + b
def undocumented():
    pass
print(documented.__name__, documented.__doc__)
print(undocumented.__name__, undocumented.__doc__)
print((lambda: 0).__name__)
documented.calls = 0
documented.calls += 1
print(documented.calls)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class C:
    def method(self):
        pass
print(C.method.__name__, C.method.__qualname__)
print(callable(documented), type(documented).__name__)
alias = documented
print(alias.__name__, alias(1, 2))
