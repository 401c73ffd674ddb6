# an uncaught exception from a property getter called in a method
class Box:
    def __init__(self, items):
        self.items = items
    @property
    def first(self):
        return self.items[0]
    def describe(self):
        return "first is %s" % self.first
print(Box([5]).describe())
Box([]).describe()
