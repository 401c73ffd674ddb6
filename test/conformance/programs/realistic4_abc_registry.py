# Abstract base classes: abc.ABC, abstractmethod/abstractproperty errors, register() of
# virtual subclasses, collections.abc checks and mixin methods, __subclasshook__.
import abc
from abc import ABC, abstractmethod
from collections.abc import (Sequence, MutableMapping, Iterable, Iterator, Sized, Container,
                             Hashable, Callable, Mapping, Set, MutableSequence, Reversible)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def name(self):
        return "rect"


class HalfDone(Shape):
    def area(self):
        return 0


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Rect(2, 3.5).describe())
print(sorted(Shape.__abstractmethods__), HalfDone.__abstractmethods__ == frozenset({"perimeter", "name"}))


class Drawable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Sprite:
    def draw(self):
        return "sprite"


class Text:
    pass


print(issubclass(Sprite, Drawable), isinstance(Text(), Drawable), isinstance(Sprite(), Drawable))


class Plugin(ABC):
    pass


@Plugin.register
class Legacy:
    pass


Plugin.register(int)
print(isinstance(Legacy(), Plugin), issubclass(bool, Plugin), Plugin in Legacy.__mro__)


class Deck(Sequence):
    def __init__(self, cards):
        self._cards = list(cards)

    def __getitem__(self, i):
        return self._cards[i]

    def __len__(self):
        return len(self._cards)


d = Deck("A23456789TJQK")
print(len(d), d[0], d[-1], "Q" in d, d.index("5"), d.count("A"), list(reversed(d))[:3])
print(isinstance(d, Reversible), isinstance(d, Hashable), isinstance(d, MutableSequence))


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"LowerDict({self._d})"


ld = LowerDict({"Hello": 1}, World=2)
ld.setdefault("HELLO", 99)
ld.setdefault("New", 3)
print(ld, ld.get("WORLD"), ld.pop("new"), "hello" in ld, ld.keys() == {"hello", "world"})
print(ld.popitem(), ld, ld == {"world": 2})
try:
    ld.pop("zzz")
except KeyError as e:
    print("KeyError", e)
ld.clear()
print(len(ld), dict(LowerDict(A=1, b=2).items()))

checks = [([], (Sequence, MutableSequence, Hashable)), ((), (Sequence, Hashable)),
          ({}, (Mapping, MutableMapping, Container)), (frozenset(), (Set, Hashable)),
          (iter([]), (Iterator, Iterable, Sized)), (len, (Callable,)), ("s", (Sequence, Reversible))]
for obj, abcs in checks:
    print(type(obj).__name__, [isinstance(obj, a) for a in abcs])


class Broken(Sized):
    pass


try:
    Broken()
except TypeError as e:
    print(e)


class Meta(abc.ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def run(self): ...

    @staticmethod
    @abc.abstractmethod
    def helper(): ...


try:
    WithMeta()
except TypeError as e:
    print(e)
print(type(Shape).__name__, abc.get_cache_token() is not None, Shape.register.__name__)


class Concrete(WithMeta):
    def run(self):
        return "ran"

    @staticmethod
    def helper():
        return "helped"


print(Concrete().run(), Concrete.helper(), getattr(WithMeta.run, "__isabstractmethod__", False))
