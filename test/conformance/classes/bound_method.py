# bound methods remember their instance; functions accessed via the class do not
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="hello"):
        return greeting + ", " + self.name
g = Greeter("ann")
h = Greeter("bob")
m = g.greet
print(m(), m("hi"))
print(Greeter.greet(h), Greeter.greet(h, "yo"))
methods = [g.greet, h.greet]
print([f() for f in methods])
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(g.greet == g.greet, g.greet == h.greet)
print(type(m).__name__, type(Greeter.greet).__name__)
g.name = "changed"
print(m())
def external(self):
    return "external sees " + self.name
Greeter.ext = external
print(h.ext())
h.plain = external
print(h.plain(g))
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError:", e)
