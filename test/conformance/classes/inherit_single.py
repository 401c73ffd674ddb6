# single inheritance: overriding, inheriting and extending methods
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"
    def kind(self):
        return "puppy"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor):
        Animal.__init__(self, name)
        self.indoor = indoor
for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)]:
    print(type(a).__name__, a.speak(), a.kind())
c = Cat("kit", False)
print(c.name, c.indoor)
print(Puppy.__bases__, Dog.__base__, Animal.__bases__)
print(issubclass(Puppy, Animal), issubclass(Cat, Dog))
