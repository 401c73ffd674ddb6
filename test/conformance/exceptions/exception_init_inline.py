# Exception classes with a Python __init__: args as BaseException.__new__ sets them, then __init__.
class A(Exception):
    def __init__(self, code, msg="m"):
        self.code = code

class B(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k

class C(ValueError):
    def __init__(self, x):
        Exception.__init__(self, x, x * 2)

class D(A):
    pass

for make in (lambda: A(1), lambda: A(2, msg="z"), lambda: B(1, 2, key=3), lambda: C(4), lambda: D(5, "q"), lambda: B()):
    e = make()
    print(type(e).__name__, e.args, repr(e), str(e), getattr(e, "code", None), getattr(e, "k", None))
try:
    raise A(7)
except Exception as e:
    print("caught", e.args, e.code, e.__traceback__ is not None)
class E(Exception):
    def __init__(self):
        return 5
try:
    E()
except TypeError as e:
    print("TypeError", e)
class F(OSError):
    def __init__(self, *a):
        super().__init__(*a)
f = F(2, "nope")
print(type(f).__name__, f.errno, f.strerror, f.args)
