# del of names, list items, dict keys, attributes and several targets at once
x = 1
del x
try:
    print(x)
except NameError as e: print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals(), "c" in globals())
lst = [10, 20, 30, 40]
del lst[1], lst[-1]
print(lst)
d = {"k": 1, "v": 2}
del d["k"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
class A:
    pass
o = A()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
(p, q), r = (1, 2), 3
del (p, q), [r]
print("p" in globals(), "r" in globals())
