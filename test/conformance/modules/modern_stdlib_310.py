# dict | and |=, removeprefix/removesuffix, zip(strict=True), int.bit_count, math isqrt/comb/perm/prod/dist/lcm/nextafter/ulp, operator.call, functools cache/cached_property/singledispatchmethod
import math, functools, operator
from collections import OrderedDict, defaultdict, ChainMap, Counter
a = {'x': 1, 'y': 2}; b = {'y': 3, 'z': 4}
print(a | b, b | a)
a |= b; print(a)
a |= [('q', 9)]; print(a)
try: a | [('q', 1)]
except TypeError as e: print(e)
try: a |= 3
except TypeError as e: print(e)
print(OrderedDict(a=1) | {'b': 2}, type(OrderedDict(a=1) | {'b': 2}).__name__, {'b': 2} | OrderedDict(a=1))
print(defaultdict(int, a=1) | {'b': 2}, Counter('ab') | Counter('bc'), ChainMap({'a': 1}) | {'b': 2})
import types
print(types.MappingProxyType({'a': 1}) | {'b': 2})
print("prefix_text".removeprefix("prefix_"), "text.py".removesuffix(".py"), "x".removeprefix(""), b"abc".removeprefix(b"a"), bytearray(b"abc").removesuffix(b"c"))
try: "x".removeprefix(1)
except TypeError as e: print(e)
print(list(zip([1,2], [3,4], strict=True)))
for args in [([1,2,3], [4,5]), ([1], [2,3]), ([1,2], [3,4], [5]), ([1,2], [3,4], [5,6,7])]:
    try: print(list(zip(*args, strict=True)))
    except ValueError as e: print(e)
print((255).bit_count(), (-7).bit_count(), (2**100 - 1).bit_count(), True.bit_count())
print(math.isqrt(99), math.isqrt(10**40), math.comb(10, 3), math.perm(5), math.perm(5, 2), math.comb(3, 5), math.prod([1,2,3,4]), math.prod([], start=5), math.prod([1.5, 2]))
for fn, args in [(math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.perm, (3, -1)), (math.isqrt, (2.0,)), (math.comb, (1.0, 2)), (math.dist, ([1], [1, 2])), (math.lcm, (1.5,)), (math.nextafter, (1,)), (math.ulp, ('x',))]:
    try: print(fn(*args))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 3)), math.lcm(4, 6, 10), math.lcm(), math.gcd(), math.gcd(12, 18, 27), math.lcm(0, 5))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(float('inf')), math.nextafter(1.0, 1.0))
print(math.cbrt(27.0), math.exp2(10), math.sumprod if hasattr(math, 'sumprod') else 'no sumprod')
print(operator.call(pow, 2, 10), operator.call(dict, a=1))
@functools.cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
class P:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def val(self):
        self.calls += 1
        return 42
p = P(); print(p.val, p.val, p.calls, p.__dict__)
del p.val; print(p.val, p.calls)
print(P.val.__class__.__name__, P.val.attrname)
class Q:
    __slots__ = ('a',)
    @functools.cached_property
    def v(self): return 1
try: Q().v
except TypeError as e: print(e)
try:
    class R:
        @functools.cached_property
        def v(self): return 1
        w = v
except (TypeError, RuntimeError) as e: print(type(e).__name__, e)
class Disp:
    @functools.singledispatchmethod
    def go(self, arg): return f"default {arg}"
    @go.register
    def _(self, arg: int): return f"int {arg}"
    @go.register(str)
    def _(self, arg): return f"str {arg}"
    @functools.singledispatchmethod
    @classmethod
    def cgo(cls, arg): return f"cls default {arg}"
    @cgo.register
    @classmethod
    def _(cls, arg: list): return f"cls list {arg}"
d = Disp(); print(d.go(1), d.go("s"), d.go(1.5), Disp.cgo([1]), Disp.cgo(3))
@functools.singledispatch
def sd(x): return "obj"
@sd.register
def _(x: int | str): return "int|str"
print(sd(1), sd("a"), sd(1.0), sorted(k.__name__ for k in sd.registry))
print(functools.reduce(operator.add, [1,2,3]), functools.partial(int, base=2)("101"))
