# inspect: getclosurevars, get_annotations (eval_str, classes, modules, wrappers), coroutine state and locals, descriptor kinds
import asyncio
import functools
import inspect
import math
import types

LIMIT = 10


def make(step):
    total = 0

    def add(x):
        nonlocal total
        total += x * step
        return min(total, LIMIT) + len(str(math.pi)) + undefined_thing.attr
    return add


cv = inspect.getclosurevars(make(3))
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound), type(cv).__name__, cv._fields)


class Box:
    def size(self):
        return LIMIT


print(inspect.getclosurevars(Box().size))
for bad in (len, 5, Box):
    try:
        inspect.getclosurevars(bad)
    except TypeError as e:
        print("TypeError:", e)


def f(a: "int", b: list[int] = None, *rest: str, **kw: "dict[str, float]") -> "Box":
    pass


@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=True))
print(inspect.get_annotations(wrapper, eval_str=True))
print(inspect.get_annotations(functools.partial(f, 1)), inspect.get_annotations(len))


class Base:
    x: int
    y: "str" = "s"


class Child(Base):
    z: "Base"


print(inspect.get_annotations(Base), inspect.get_annotations(Child), inspect.get_annotations(Child, eval_str=True))
print(inspect.get_annotations(Base, eval_str=True), inspect.get_annotations(object), inspect.get_annotations(types))
for bad in (5, "s"):
    try:
        inspect.get_annotations(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.get_annotations(lambda: 0, eval_str=True, globals={})
    def g(q: "nope"): pass
    inspect.get_annotations(g, eval_str=True)
except NameError as e:
    print("NameError:", e)


async def work(n):
    local_value = n * 2
    await asyncio.sleep(0)
    return local_value


co = work(4)
print(inspect.getcoroutinestate(co), inspect.getcoroutinelocals(co))
co.send(None)
print(inspect.getcoroutinestate(co), inspect.getcoroutinelocals(co))
try:
    co.send(None)
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(co), inspect.getcoroutinelocals(co))


def gen():
    a = 1
    yield a
    b = 2
    yield b


g = gen()
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
list(g)
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


print(inspect.ismemberdescriptor(Slotted.a), inspect.isgetsetdescriptor(type.__dict__["__name__"]), inspect.ismemberdescriptor(Box.size), inspect.isgetsetdescriptor(property()))
print(inspect.CORO_CREATED, inspect.CORO_CLOSED)
