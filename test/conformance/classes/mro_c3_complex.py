# the classic C3 linearization example
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)
for cls in (K1, K2, K3, Z):
    print(cls.__name__ + ":", names(cls))
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
print(names(P), "|", names(Q))
class W(P, Y): pass
print(names(W))
