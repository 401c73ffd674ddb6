# super() calls the parent implementation of __init__ and other methods
class Base:
    def __init__(self, value):
        print("Base.__init__", value)
        self.value = value
    def describe(self):
        return f"Base({self.value})"
class Child(Base):
    def __init__(self, value, extra):
        print("Child.__init__", extra)
        super().__init__(value)
        self.extra = extra
    def describe(self):
        return "Child<" + super().describe() + f", {self.extra}>"
class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)
    def describe(self):
        return "Grand[" + super().describe() + "]"
print(Child(10, "x").describe())
print(GrandChild().describe())
class Explicit(Base):
    def describe(self):
        return super(Explicit, self).describe().lower()
print(Explicit(5).describe())
