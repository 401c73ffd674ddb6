# attribute lookup goes instance -> class -> bases in MRO order
class A:
    x = "A.x"
    y = "A.y"
    z = "A.z"
class B(A):
    y = "B.y"
class C(A):
    y = "C.y"
    z = "C.z"
class D(B, C):
    pass
d = D()
print(d.x, d.y, d.z)
d.x = "instance x"
print(d.x, D.x)
C.x = "C.x"
print(D.x, B.x)
del C.z
print(d.z)
B.z = "B.z"
print(d.z)
print(getattr(d, "w", "no w"))
