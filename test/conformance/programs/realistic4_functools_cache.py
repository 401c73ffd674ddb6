# functools in a small app: wraps-preserving decorators with arguments, lru_cache(maxsize)
# cache_info/cache_clear/typed, cache, cached_property, singledispatch (register by annotation
# and by type, dispatch on MRO), singledispatchmethod, total_ordering, partial/partialmethod, reduce.
import functools
from functools import (wraps, lru_cache, cache, cached_property, singledispatch, singledispatchmethod,
                       total_ordering, partial, partialmethod, reduce, cmp_to_key)
from decimal import Decimal
from fractions import Fraction
import operator

calls = []


def traced(prefix="call"):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            calls.append(f"{prefix}:{fn.__name__}{args}")
            return fn(*args, **kwargs)
        wrapper.calls = 0
        return wrapper
    return deco


@traced("T")
def add(a, b=0):
    """Add two numbers."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__, calls)


@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n


calls.clear()
for n in [1, 2, 3, 1, 4, 1, 2, 5, 3]:
    square(n)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().currsize > 100)


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def stats(self):
        self.computed += 1
        return min(self.values), max(self.values), sum(self.values) / len(self.values)


ds = Dataset([4, 8, 15, 16, 23, 42])
print(ds.stats, ds.stats, ds.computed, "stats" in vars(ds))
del ds.stats
print(ds.stats, ds.computed, type(Dataset.stats).__name__, Dataset.stats.attrname)


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj:+d}"


@describe.register
def _(obj: float):
    return f"float {obj:.3f}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return "seq[" + ", ".join(describe(x) for x in obj) + "]"


@describe.register
def _(obj: Decimal | Fraction):
    return f"exact {obj}"


print(describe(3), describe(True), describe(2.5), describe([1, (2.0, "x")]), describe(Decimal("1.5")), describe(Fraction(1, 3)))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry if t is not object))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        raise NotImplementedError(f"cannot format {type(arg).__name__}")

    @fmt.register
    def _(self, arg: str):
        return arg.upper()

    @fmt.register
    def _(self, arg: int):
        return f"#{arg}"


f = Formatter()
print(f.fmt("hi"), f.fmt(7))
try:
    f.fmt(1.5)
except NotImplementedError as e:
    print("NotImplementedError:", e)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2"), Version("2.0") > Version("1.99"), Version("1.0") <= Version("0.1"))
try:
    Version("1") < 3
except TypeError as e:
    print(e)


class Cell:
    def __init__(self):
        self.state = "dead"

    def set_state(self, value):
        self.state = value
        return self

    alive = partialmethod(set_state, "alive")
    dead = partialmethod(set_state, "dead")


c = Cell()
print(c.alive().state, c.dead().state)
base2 = partial(int, base=2)
print(base2("1011"), base2.func.__name__, base2.args, base2.keywords, repr(partial(max, 3)).startswith("functools.partial(<built-in function max>, 3"))
print(reduce(operator.mul, range(1, 11)), reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(functools.WRAPPER_ASSIGNMENTS, functools.update_wrapper(lambda: 0, add).__name__)
