# hasattr, getattr (with default), setattr and delattr, with their errors
class Obj:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
o = Obj()
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "cls_attr"), hasattr(Obj, "x"))
print(getattr(o, "x"), getattr(o, "y", "default"), getattr(o, "cls_attr"))
setattr(o, "y", 2)
setattr(o, "with space", 3)
print(o.y, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "y")
print(hasattr(o, "y"))
name = "dyn" + "amic"
setattr(Obj, name, lambda self: "dynamic method")
print(o.dynamic())
print(getattr(o, "dynamic")(), getattr(Obj, "cls_attr"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")(), getattr([], "missing", None))
