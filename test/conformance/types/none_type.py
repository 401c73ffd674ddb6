# None: singleton, falsy, repr, equality and default return value
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, bool(None), not None)
def f():
    pass
print(f() is None, [None, None], {None: None})
x = None
if x is None:
    print("x is None")
print(x or "default", x and "never")
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
