# A subclass of property that overrides __get__, __set__ or __delete__ is used for instance and class access; a metaclass __getattr__ answers when a class-level __get__ raises AttributeError
class logged(property):
    def __get__(self, obj, objtype=None):
        print("get", obj is None, objtype.__name__)
        if obj is None:
            return self
        return super().__get__(obj, objtype) * 10

    def __set__(self, obj, value):
        print("set", value)
        super().__set__(obj, value + 1)

class onlyget(property):
    def __get__(self, obj, objtype=None):
        return "overridden get"

class A:
    def __init__(self):
        self._x = 1

    @logged
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @onlyget
    def y(self):
        return "plain"

a = A()
print(a.x)
a.x = 4
print(a.x, a._x, type(A.x).__name__)
print(a.y, A.y)
try:
    a.y = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __getattr__(cls, name):
        return "meta getattr " + name

class classonly(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            raise AttributeError("not on the class")
        return "instance value"

class B(metaclass=Meta):
    p = classonly(lambda self: None)

print(B.p, B().p, B.missing)
class C:
    p = classonly(lambda self: None)
try:
    C.p
except AttributeError as e:
    print(type(e).__name__, e)
