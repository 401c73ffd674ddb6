# decorators applied to classes and to methods
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
def count_instances(cls):
    cls.count = 0
    original_init = cls.__init__
    def new_init(self, *args):
        cls.count += 1
        original_init(self, *args)
    cls.__init__ = new_init
    return cls
@count_instances
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p1 = Point(1, 2)
p2 = Point(3, 4)
print(Point.count, p2.x, p2.y)
def logged(fn):
    def wrapper(self, *args):
        print("calling", fn.__name__, args)
        return fn(self, *args)
    return wrapper
class Calc:
    @logged
    def add(self, a, b):
        return a + b
print(Calc().add(2, 3))
