# inspect.getdoc of a property without a docstring: the docstring of the attribute of the same
# name in the class's bases (as for methods), else None.
import inspect


class Base:
    @property
    def size(self):
        """The size, in bytes."""
        return 1

    @property
    def plain(self):
        return 2

    def method(self):
        """A method's doc."""


class Child(Base):
    @property
    def size(self):
        return 3

    @property
    def plain(self):
        return 4

    @property
    def method(self):
        return 5

    @property
    def own(self):
        """Its own doc."""


class Grandchild(Child):
    @property
    def size(self):
        return 6


for attr in ('size', 'plain', 'method', 'own'):
    print(attr, repr(inspect.getdoc(Child.__dict__[attr])))
print(repr(inspect.getdoc(Grandchild.size)))
print(repr(inspect.getdoc(property(lambda self: 1))))
print(repr(inspect.getdoc(property())))
