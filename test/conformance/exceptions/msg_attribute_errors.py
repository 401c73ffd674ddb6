# CPython's messages for AttributeError on instances, classes, modules and built-in types
import math
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
a = A()
cases = [
    lambda: a.b, lambda: A.b, lambda: math.nope, lambda: (5).foo, lambda: None.x, lambda: "s".append,
    lambda: [].add, lambda: {}.key, lambda: (1,).count.x, lambda: True.y, lambda: len.z, lambda: A.cls_attr.w,
]
for case in cases:
    try:
        case()
        print("no error")
    except AttributeError as e:
        print(type(e).__name__, e)
def setattr_case(obj, name):
    try:
        setattr(obj, name, 1)
        print("set ok", name)
    except AttributeError as e:
        print(type(e).__name__, e)
setattr_case(5, "x")
setattr_case("s", "upper")
setattr_case([], "y")
setattr_case(a, "new")
try:
    del a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, "q")
except AttributeError as e:
    print(type(e).__name__, e, "| name:", e.name, "| obj is a:", e.obj is a)
