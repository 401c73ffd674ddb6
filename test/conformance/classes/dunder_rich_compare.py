# all six rich comparison methods, NotImplemented fallback and default __ne__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents == o.cents
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __gt__(self, o):
        return self.cents > o.cents
    def __ge__(self, o):
        return self.cents >= o.cents
x, y, z = Money(100), Money(250), Money(100)
print(x == z, x != z, x == y, x != y)
print(x < y, x <= z, x > y, x >= z, y >= x)
print(x == 100, x != 100, 100 == x)
print(sorted([y, x, z], key=lambda m: m.cents)[0].cents)
try:
    x < 5
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __eq__(self, o):
        return "truthy string"
print(Always() == 1, Always() != 1)
