class Base:
    attr = 1
    def method(self):
        return self.attr
class Derived(Base, metaclass=Meta):
    """A class."""
    def method(self):
        return super().method() + 1
    def uses_class(self):
        return __class__
    @staticmethod
    def __private(__x):
        return __x
def make():
    y = 2
    class Inner:
        z = y
        def m(self):
            return y
    return Inner
