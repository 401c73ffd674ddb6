# a non-iterable after * : a call's lone *args names the function, the rest (LIST_EXTEND in 3.11) say "Value after *"
def f(*a, **k):
    return a
class C:
    def m(self, *a):
        return a
class OnlyGetitem:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError(i)
class BadIter:
    def __iter__(self):
        raise TypeError("iter refused")
c = C()
print(f(0, *OnlyGetitem()), [*OnlyGetitem(), 5], (*"ab", *OnlyGetitem()))
cases = [
    lambda: f(*1), lambda: c.m(*1), lambda: print(*1), lambda: len(*None),
    lambda: f(0, *1), lambda: f(*1, 0), lambda: c.m(0, *1), lambda: c.m(*[1], *2.5),
    lambda: print(0, *1), lambda: f(*[], *None), lambda: [*1], lambda: (*1,), lambda: [0, *1, 2],
    lambda: {*1}, lambda: {**1}, lambda: f(**1), lambda: f(x=1, **[]), lambda: f(0, *BadIter()), lambda: [*BadIter()],
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except TypeError as e:
        print(i, type(e).__name__, e)
