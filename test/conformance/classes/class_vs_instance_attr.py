# class attributes are shared; instance attributes shadow them
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog("a")
b = Dog("b")
print(a.species, b.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "changed"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is b.tricks)
print("name" in a.__dict__, "species" in a.__dict__, "species" in Dog.__dict__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2, c3 = Counter(), Counter(), Counter()
print(Counter.count, c1.id, c3.id, c2.count)
