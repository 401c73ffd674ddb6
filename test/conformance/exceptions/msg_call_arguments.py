# CPython's messages for wrong argument counts and keywords in calls
def f(a, b):
    return a + b
def g(a, b=2, *, k):
    return a
def h():
    return 0
class C:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
cases = [
    lambda: f(1, 2, 3), lambda: f(1), lambda: f(), lambda: f(1, 2, c=3), lambda: f(1, a=1), lambda: h(1),
    lambda: h(x=1), lambda: g(1), lambda: g(1, 2, 3), lambda: g(k=1), lambda: g(1, k=1, z=2), lambda: C().m(),
    lambda: C().m(1, 2), lambda: C.m(1), lambda: C.s(), lambda: (lambda x: x)(), lambda: (lambda: 0)(1),
    lambda: f(*[1, 2, 3]), lambda: f(**{"a": 1, "b": 2, "c": 3}), lambda: f(1, **{"a": 2}),
    lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: divmod(1), lambda: isinstance(1),
    lambda: C(1), lambda: object(1), lambda: int("1", 2, 3), lambda: f(*5), lambda: f(**[1]),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
