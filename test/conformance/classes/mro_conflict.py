# inconsistent base orders make class creation fail with TypeError
class X:
    pass
class Y:
    pass
class A(X, Y):
    pass
class B(Y, X):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(X, A):
        pass
except TypeError as e:
    print("TypeError:", e)
class F(A, X):
    pass
print([k.__name__ for k in F.__mro__])
