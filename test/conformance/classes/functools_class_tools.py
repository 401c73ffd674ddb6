# functools: total_ordering, cached_property, singledispatch(method), partialmethod, wraps
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
print(V(1) <= V(2), V(2) >= V(1), V(3) > V(2), V(1) > V(1), V.__le__.__qualname__ if False else '')
try: V(1) <= 5
except TypeError as e: print('TypeError:', e)
@functools.total_ordering
class G:
    def __gt__(self, o): return True
print(G() >= G(), G() < G(), G() <= G())
try:
    @functools.total_ordering
    class N: pass
except ValueError as e: print('ValueError:', e)
class C:
    calls = 0
    @functools.cached_property
    def expensive(self):
        C.calls += 1
        return 42
c = C()
print(c.expensive, c.expensive, C.calls, c.__dict__, type(C.expensive).__name__)
del c.expensive
print(c.expensive, C.calls)
c.expensive = 7; print(c.expensive)
class Slotted:
    __slots__ = ('a',)
    @functools.cached_property
    def p(self): return 1
try: Slotted().p
except TypeError as e: print('TypeError:', e)
try:
    class Twice:
        @functools.cached_property
        def a(self): return 1
        b = a
except RuntimeError as e: print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__)
cp = functools.cached_property(lambda self: 1)
try: cp.__get__(object(), object)
except TypeError as e: print('TypeError:', e)
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
@show.register
def _(x: bool): return 'bool'
print(show(1), show(True), show([1]), show('s'), show(1.5), show.dispatch(bool).__name__ if False else '', sorted(t.__name__ for t in show.registry))
class Shape:
    @functools.singledispatchmethod
    def area(self, arg): return 'generic'
    @area.register
    def _(self, arg: int): return f'int {arg}'
    @area.register
    def _(self, arg: str): return f'str {arg}'
    @functools.singledispatchmethod
    @classmethod
    def make(cls, arg): return 'cls generic'
    @make.register
    @classmethod
    def _(cls, arg: float): return f'{cls.__name__} float'
print(Shape().area(1), Shape().area('x'), Shape().area(None), Shape.make(1.0), Shape.make(1))
class Cell:
    def set(self, state, extra=''): self.state = state + extra; return self
    on = functools.partialmethod(set, 'on')
    off = functools.partialmethod(set, 'off', extra='!')
print(Cell().on().state, Cell().off().state, Cell().on(extra='?').state, repr(Cell.on)[:40])
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        "wrapper doc"
        return f(*a, **k)
    return wrapper
@deco
def target(x: int) -> int:
    "target doc"
    return x
print(target.__name__, target.__doc__, target.__wrapped__.__name__, target.__annotations__, target.__qualname__)
def w2(): pass
functools.update_wrapper(w2, target, assigned=('__name__',), updated=())
print(w2.__name__, w2.__doc__, w2.__wrapped__ is target)
class Obj: pass
o = Obj()
try: functools.update_wrapper(o, len)
except AttributeError as e: print('AttributeError:', e)
print(o.__name__, o.__wrapped__ is len)
p = functools.partial(max, 1, key=abs)
print(p(-5), p.func is max, p.args, p.keywords, repr(functools.partial(int, base=2))[:30])
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
print([sq(i) for i in [1, 2, 1, 3, 1]], sq.cache_info())
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 1), functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
