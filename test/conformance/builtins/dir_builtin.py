# dir() of user class instances, filtered to non-dunder names (sorted)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_b = "b"
        self.inst_a = "a"
    def child_method(self):
        pass
    @property
    def prop(self):
        return 0
    @staticmethod
    def static():
        pass
def public(obj):
    return [n for n in dir(obj) if not n.startswith("__")]
c = Child()
print(public(c))
print(public(Child))
print(public(Base()))
c.extra = 1
c._private = 2
print(public(c))
print(dir(c) == sorted(dir(c)))
print([n for n in dir([]) if not n.startswith("_")])
