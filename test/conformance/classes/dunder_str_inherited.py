# dunder methods are inherited and looked up on the type, not the instance
class Base:
    def __repr__(self):
        return f"<{type(self).__name__} {self.describe()}>"
    def describe(self):
        return "base"
    def __len__(self):
        return 3
class Child(Base):
    def describe(self):
        return "child"
c = Child()
print(repr(c), str(c), len(c), [c])
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c))
Child.__len__ = lambda self: 42
print(len(c))
class Str(Child):
    def __str__(self):
        return "str of " + self.describe()
print(Str(), repr(Str()))
