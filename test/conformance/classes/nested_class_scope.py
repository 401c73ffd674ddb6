# nested classes and class-body scoping rules
x = 'global'
class A:
    x = 'A'
    class B:
        y = x
        def m(self): return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.B.y, A.B().m(), A.z, A.w)
def f():
    x = 'local'
    class C:
        print('body sees', x)
        x = 'C'
        print('after', x)
        def m(self): return x
    return C
print(f()().m())
def g():
    v = 1
    class D:
        v = 2
        k = v
        def m(self): return v
    return D
D = g(); print(D.k, D().m())
class E:
    a = 1
    b = [a + i for i in range(2)] if False else None
    try:
        c = [a for _ in range(1)]
    except NameError as e:
        c = 'NameError: ' + str(e)
print(E.c)
class F:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    pairs = {i: j for i in items for j in [0]}
print(F.doubled, F.pairs)
def h():
    class G:
        nonlocal_test = 1
        def get(self): return __class__
    return G
G = h(); print(G().get() is G, G.__qualname__)
class H:
    def m(self): return __class__.__name__
print(H().m())
class I:
    print(__name__, __qualname__, __module__)
    class J:
        print(__qualname__)
def k():
    t = 'closure'
    class K:
        def get(self): return t
        t = 'class attr'
    return K().get(), K.t
print(k())
