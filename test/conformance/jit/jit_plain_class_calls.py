# Calls of classes with no __init__ or __new__ of their own, with no arguments, from compiled
# loops (more than 200 iterations): the instance is made there. What must hold: distinct
# instances of the right class, __slots__ classes, abstract classes refused, a class given
# an __init__ or __new__ mid-loop, metaclasses with __call__, arguments refused.
import abc


class E:
    pass


class S:
    __slots__ = ("a",)


class Sub(E):
    pass


made = [E() for _ in range(300)]
print(len({id(o) for o in made}), all(type(o) is E for o in made), [type(Sub()).__name__ for _ in range(250)][-1])
ss = [S() for _ in range(300)]
print(all(not hasattr(s, "a") for s in ss), hasattr(ss[0], "__dict__"))


class Meta(type):
    calls = 0

    def __call__(cls, *a):
        Meta.calls += 1
        return super().__call__(*a)


class M(metaclass=Meta):
    pass


for _ in range(300):
    M()
print(Meta.calls)


class Changing:
    pass


out = []
for i in range(400):
    if i == 250:
        Changing.__init__ = lambda self: setattr(self, "tag", "init")
    if i == 300:
        Changing.__new__ = lambda cls: object.__new__(cls) if False else "from __new__"
    out.append(getattr(Changing(), "tag", "plain") if i < 300 else Changing())
print(out[0], out[249], out[250], out[299], out[300], out[-1])


class Abstract:
    pass


Abstract.__abstractmethods__ = frozenset({"f"})
n = 0
for i in range(300):
    try:
        Abstract()
    except TypeError as e:
        n += 1
        msg = str(e)
print(n, msg)


class ABCBased(abc.ABC):
    @abc.abstractmethod
    def f(self): ...


for i in range(260):
    try:
        ABCBased()
    except TypeError as e:
        msg = str(e)
print(msg)
for i in range(260):
    try:
        E(i)
    except TypeError as e:
        msg = str(e)
print(msg)
