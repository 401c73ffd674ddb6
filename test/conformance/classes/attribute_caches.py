# Attribute caches stay right when classes, instances and methods change under them.
class A:
    def m(self):
        return "A.m"

class B(A):
    pass

class C:
    x = "class x"
    def m(self):
        return "C.m"

def get_x(o):
    return o.x

def call_m(o):
    return o.m()

def set_y(o, v):
    o.y = v

a, b, c = A(), B(), C()
a.x = 1
b.x = 2
for o in (a, b, c, a, b, c):
    print(get_x(o), call_m(o))
A.m = lambda self: "patched"
print(call_m(a), call_m(b), call_m(c))
b.m = lambda: "instance m"
print(call_m(b))
del b.m
print(call_m(b))
del a.x
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError", e)
A.x = "A.x now"
print(get_x(a), get_x(b))

class P:
    @property
    def y(self):
        return "prop"
    @y.setter
    def y(self, v):
        print("setter", v)

for o in (a, b, a, b):
    set_y(o, 5)
p = P()
set_y(p, 6)
print(a.y, b.y, p.y)
class G:
    def __getattr__(self, name):
        return "getattr " + name
g = G()
print(get_x(g))
g.x = "own"
print(get_x(g))
s = "abc"
print(s.upper(), "x".upper(), [1].copy())
a.__class__ = C
print(call_m(a), get_x(a))
