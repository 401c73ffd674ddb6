# graphlib, inspect signatures, contextlib managers (ExitStack, suppress, redirect_stdout), string.Formatter, typing at runtime
import graphlib, inspect, contextlib, string, typing, io
class Pt:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
ts = graphlib.TopologicalSorter({"c": {"a", "b"}, "b": {"a"}, "d": {"c"}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
def fn(a, b: int = 2, *args, c, d=4, **kw) -> str: "doc"
sig = inspect.signature(fn)
print(sig, list(sig.parameters), sig.parameters["b"].annotation, sig.return_annotation, sig.bind(1, c=3).arguments, inspect.getdoc(fn))
print(inspect.isfunction(fn), inspect.isclass(Pt), inspect.isgeneratorfunction(fn), [n for n, _ in inspect.getmembers(Pt, inspect.isfunction)])
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("tag handled", e)
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with tag("i"):
    raise KeyError("k")
with contextlib.suppress(ZeroDivisionError):
    1 / 0
    print("never")
with contextlib.ExitStack() as st:
    for n in "xy":
        st.enter_context(tag(n))
    st.callback(print, "callback ran")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("captured")
print(repr(out.getvalue()))
class Ctx(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("exit", a[0]); return True
with Ctx() as c:
    raise ValueError
print(type(c).__name__)
fmt = string.Formatter()
print(fmt.format("{0}-{x}", 1, x=2), list(fmt.parse("a{0:>3}b{x!r}")), string.capwords("hello   world  x"), string.ascii_letters[:5], string.punctuation[:5])
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], typing.List[int], typing.Optional[str], typing.Union[int, str], typing.get_type_hints(fn), Box(1).v, typing.Dict[str, typing.List[int]])
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), int | str, typing.Callable[[int], str], typing.Literal["a", 1])
class PointT(typing.NamedTuple):
    x: int
    y: int = 0
class TD(typing.TypedDict):
    a: int
print(PointT(1), PointT._fields, PointT.__annotations__, TD(a=1), typing.cast(int, "x"))
@typing.runtime_checkable
class Closer(typing.Protocol):
    def close(self) -> None: ...
print(isinstance(io.StringIO(), Closer), isinstance(1, Closer))
