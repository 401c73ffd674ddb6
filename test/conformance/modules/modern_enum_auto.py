# enum auto(): values after non-increasing or non-numeric ones (3.11's DeprecationWarning, at the class body's line), auto() inside tuples
import enum
class A(enum.Enum):
    X = 5
    Y = 2
    Z = enum.auto()
print([m.value for m in A])
class B(enum.Enum):
    X = (1, enum.auto())
    Y = enum.auto()
print([m.value for m in B])
class C(enum.Enum):
    X = 'a'
    Y = enum.auto()
print([m.value for m in C])
D = enum.Enum('D', [('P', 'x'), ('Q', 3)])
print(list(D))
class E(enum.IntEnum):
    A = 3
    B = 1
    C = enum.auto()
print(list(E))
