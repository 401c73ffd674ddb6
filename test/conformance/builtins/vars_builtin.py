# vars() of an instance returns its attribute dict
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p))
p.z = 3
print(vars(p), vars(p) is p.__dict__)
vars(p)["w"] = 4
print(p.w)
del p.x
print(vars(p))
class Empty:
    pass
print(vars(Empty()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(Point) if not k.startswith("__")))
