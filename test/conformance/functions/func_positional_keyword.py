# positional and keyword arguments, defaults and mixing them at the call site
def describe(name, age, city="Nowhere", country="Anyland"):
    return f"{name}/{age}/{city}/{country}"
print(describe("Ann", 30))
print(describe("Bob", 25, "Paris"))
print(describe("Cy", 40, country="Peru"))
print(describe(age=22, name="Di"))
print(describe("Ed", city="Rome", age=50))
print(describe("Flo", 33, "Oslo", "Norway"))
def pos_only(a, b, /, c):
    return (a, b, c)
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def both(a, /, b, *, c):
    return a, b, c
print(both(1, 2, c=3), both(1, b=2, c=3))
def defaults_all(a=1, b=2, c=3):
    return a * 100 + b * 10 + c
print(defaults_all(), defaults_all(9), defaults_all(c=0), defaults_all(b=5, a=0))
