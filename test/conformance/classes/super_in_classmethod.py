# super() inside classmethods and with explicit arguments
class Base:
    @classmethod
    def create(cls):
        return "Base.create for " + cls.__name__
    def name(self):
        return "Base"
class Derived(Base):
    @classmethod
    def create(cls):
        return "Derived -> " + super().create()
    def name(self):
        return "Derived+" + super().name()
class More(Derived):
    def name(self):
        return "More+" + super(Derived, self).name()
print(Derived.create())
print(More.create())
print(Derived().name(), More().name())
