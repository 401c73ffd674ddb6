# read-only computed properties
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return self.r * 2
    @property
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.diameter, c.area)
c.r = 5
print(c.diameter, c.area)
try:
    c.diameter = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.diameter).__name__)
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
l = Lazy()
print(l.value, l.value, l.calls)
