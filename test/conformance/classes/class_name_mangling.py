# names with two leading underscores are mangled inside class bodies
class Secret:
    def __init__(self):
        self.__hidden = 42
        self._protected = 1
    def reveal(self):
        return self.__hidden
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
s = Secret()
print(s.reveal(), s._protected, s.call_private())
print(s._Secret__hidden, s._Secret__private_method())
try:
    s.__hidden
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(s)))
class Child(Secret):
    def __init__(self):
        super().__init__()
        self.__hidden = "child"
c = Child()
print(c.reveal(), c._Child__hidden, sorted(vars(c)))
class Dunder:
    __not_mangled__ = "dunder"
print(Dunder.__not_mangled__)
