# functools.singledispatch/singledispatchmethod registration by annotation (unions, generics refused), cache/lru_cache details
import functools, typing
@functools.singledispatch
def f(x): return "base"
def tryreg(fn):
    try: fn(); print("registered")
    except TypeError as e: print("TypeError", str(e).split(" at 0x")[0])
def r1():
    @f.register
    def _(x: list[int]): return "list"
def r2():
    @f.register
    def _(x: typing.List[int]): return "List"
def r3():
    @f.register
    def _(x: typing.Union[int, list[str]]): return "u"
def r4():
    @f.register
    def _(x): return "noann"
def r5():
    @f.register
    def _(x: "int"): return "str ann"
def r6():
    @f.register(int | float)
    def _(x): return "num"
def r7():
    f.register(3)
def r8():
    @f.register
    def _(x: typing.Optional[bytes]): return "optbytes"
def r9():
    @f.register
    def _(x: typing.Any): return "any"
for r in [r1, r2, r3, r4, r5, r6, r7, r8, r9]:
    tryreg(r)
print(f(1), f(1.5), f(b""), f(None), f("s"))
print(f.dispatch(bool).__name__ if hasattr(f.dispatch(bool), '__name__') else '', sorted(k.__name__ for k in f.registry))
class C:
    @functools.singledispatchmethod
    @staticmethod
    def s(x): return "static base"
    @s.register
    @staticmethod
    def _(x: int): return "static int"
print(C.s(1), C().s("a"), C.s.__doc__ if False else '')
@functools.cache
def g(x): return x * 2
print(g(2), g.cache_parameters(), g.__wrapped__(3))
@functools.lru_cache(maxsize=2, typed=True)
def h(x): return x
h(1); h(1.0); h(1)
print(h.cache_info())
try: functools.lru_cache(lambda x: x, 3)
except TypeError as e: print(e)
try: functools.lru_cache(maxsize='x')
except TypeError as e: print(e)
print(functools.cached_property.__class_getitem__ if hasattr(functools.cached_property, '__class_getitem__') else 'no cgi')
