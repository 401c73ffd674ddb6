# object.__new__(cls) from a __new__ written in Python, inherited by subclasses, and the
# refusal for a class whose own base allocates differently.
class A:
    def __new__(cls, *a):
        print('A.__new__', cls.__name__)
        return object.__new__(cls)
    def __init__(self, v=0): self.v = v
class B(A):
    pass
class C(B):
    def __init__(self, v): super().__init__(v * 2)
print(type(B()).__name__, C(4).v)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
class Sub(Single):
    pass
print(Sub() is Sub(), Single() is Single())
class L(list):
    pass
try:
    object.__new__(L)
except TypeError as e:
    print(e)
