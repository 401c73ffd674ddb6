# Calling exception classes that keep BaseException's __new__ and __init__ (built in one
# step), and classes that change either, before or after their first call.


class E(Exception):
    pass


class F(E):
    pass


class WithInit(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code


class WithNew(Exception):
    def __new__(cls, *args):
        e = super().__new__(cls, "from new", *args)
        e.made = True
        return e


def show(e):
    print(type(e).__name__, e.args, str(e), repr(e), isinstance(e, Exception))


for i in range(3):
    show(E())
    show(E(i))
    show(F(i, "two"))
    show(WithInit(i))
    w = WithNew(i)
    show(w)
    print(w.made)

try:
    E(x=1)
except TypeError as t:
    print("TypeError", t)

try:
    raise F("boom")
except E as e:
    print("caught", repr(e), e.__traceback__ is not None)

# Changing the class afterwards: the next call sees it.
E.__init__ = lambda self, *a: Exception.__init__(self, "patched", *a)
show(E(5))
show(F(6))
del E.__init__
show(E(7))
E.__new__ = lambda cls, *a: ValueError("not an E", *a)
show(E(8))
del E.__new__
show(E(9))


class Slotted(Exception):
    __slots__ = ("extra",)


s = Slotted(1, 2)
s.extra = 3
show(s)
print(s.extra)
e = E(10)
e.note = "dict"
print(e.__dict__)
