# __subclasses__() never lists a class whose bases have no consistent MRO (nor one whose
# metaclass's mro() failed). (One whose __init_subclass__ or __set_name__ failed was made and
# stays listed until the collector frees it: when, differs, so this does not print those.)
class Base:
    def __init_subclass__(cls, *, ok=True, **kw):
        super().__init_subclass__(**kw)
        if not ok:
            raise ValueError(f"{cls.__name__} rejected")


class A(Base):
    pass


class B(Base):
    pass


for make in [lambda: type("BadMro", (Base, A), {}),
             lambda: type("Rejected", (Base,), {}, ok=False),
             lambda: type("Extra", (Base,), {}, extra=1)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Desc:
    def __set_name__(self, owner, name):
        raise KeyError(name)


try:
    class WithDesc(Base):
        d = Desc()
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


class Meta(type):
    def mro(cls):
        if cls.__name__ == "Odd":
            raise LookupError("no mro for Odd")
        return super().mro()


class Root(metaclass=Meta):
    pass


try:
    class Odd(Root):
        pass
except LookupError as e:
    print("LookupError", e)


class Fine(Root):
    pass


print([c.__name__ for c in Base.__subclasses__() if c.__name__ in ("A", "B", "BadMro")])
print([c.__name__ for c in Root.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()])
