# Exit order of displays: list, tuple and dict displays made after their items; an object
# also bound to a global name keeps its own place
class A:
    def __init__(self, v): self.v = v
    def __del__(self): print("A", self.v)

items = [A(0), A(1), A(2)]
t = (A(3), A(4))
d = {'a': A(5), 'b': A(6)}
x = A(10)
lst = [A(11), x, A(12)]
y = A(13)
holder = {'k': y, 'z': A(14)}
nested = [(A(20), [A(21), A(22)]), {'q': (A(23),)}]
print("end")
