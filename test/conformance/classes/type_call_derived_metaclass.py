# type(name, bases, ns) makes the class with the most derived metaclass among the bases', through its own __new__ if it has one
class M1(type):
    pass
class A(metaclass=M1):
    pass
D = type('D', (A,), {'z': 3})
print(type(D).__name__, D.z, D.__bases__)

class Counting(type):
    made = []
    def __new__(mcls, name, bases, ns, **kw):
        Counting.made.append(name)
        ns['tag'] = 'counted'
        return super().__new__(mcls, name, bases, ns)
class B(metaclass=Counting):
    pass
E = type('E', (B,), {})
print(type(E).__name__, E.tag, Counting.made)
F = type.__new__(type, 'F', (B,), {})
print(type(F).__name__, F.tag, Counting.made)
class M2(type):
    pass
class C(metaclass=M2):
    pass
try:
    type('G', (A, C), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('H', (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
class Sub(M1):
    pass
I = Sub('I', (A,), {})
print(type(I).__name__, isinstance(I, M1))
