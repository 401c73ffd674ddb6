# multiple inheritance: diamond shape, C3 MRO and attribute lookup order
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only in A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    def from_c(self):
        return "from C"
class D(B, C):
    pass
print(D.__mro__)
d = D()
print(d.who(), d.from_c(), d.only_a())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
print(D.__bases__)
print(A.__mro__, object.__mro__)
class F(D, E.__bases__[0]):
    pass
print([k.__name__ for k in F.__mro__])
