# properties are inherited and can be overridden in subclasses
class Base:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name
    @property
    def greeting(self):
        return "hi " + self.name
class Loud(Base):
    @property
    def name(self):
        return self._name.upper()
b = Base("ann")
l = Loud("bob")
print(b.name, b.greeting)
print(l.name, l.greeting)
try:
    l.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
class WithSetter(Base):
    @Base.name.setter
    def name(self, v):
        self._name = v + "!"
w = WithSetter("c")
w.name = "dee"
print(w.name, w.greeting)
