# a class with only __getitem__ is iterable until IndexError is raised
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i
print(list(Squares(5)))
for v in Squares(3):
    print(v)
print(4 in Squares(3), 9 in Squares(3))
a, b, c = Squares(3)
print(a, b, c)
print(sum(Squares(4)), sorted(Squares(4), reverse=True))
class Letters:
    def __getitem__(self, i):
        return "abc"[i]
print(list(Letters()), "".join(Letters()))
