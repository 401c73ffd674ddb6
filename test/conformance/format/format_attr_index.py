# str.format field names with attribute access and indexing
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p))
print("({p.x}, {p.y})".format(p=p))
items = ["zero", "one", "two"]
print("{0[0]} {0[2]} {items[1]}".format(items, items=items))
d = {"key": "value", "n": 5}
print("{0[key]} {d[n]}".format(d, d=d))
nested = {"list": [10, 20, {"deep": "found"}]}
print("{0[list][2][deep]} {0[list][1]}".format(nested))
print("{0[0]}{0[1]}".format("ab"))
print("{0.x:>5}|{0.y:<5}|".format(p))
print("{0[1]!r}".format(["a", "b"]))
print("{p.x}{p.y}{p.x}".format(p=p))
try:
    "{0.z}".format(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "{0[5]}".format(items)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0[missing]}".format(d)
except KeyError as e:
    print("KeyError:", e)
