# A dependency-injection container driven by inspect: constructor signatures and
# annotations decide what to build, singletons vs transient scopes, named overrides,
# cycles detected with the resolution path, missing bindings reported with the parameter,
# and a @inject decorator that fills keyword arguments (inspect.signature/bind/Parameter).
import inspect
from typing import Optional, get_type_hints
import functools


class ResolutionError(Exception):
    pass


class Container:
    def __init__(self):
        self.providers = {}
        self.singletons = {}
        self.values = {}

    def bind(self, iface, impl=None, *, singleton=False):
        self.providers[iface] = (impl or iface, singleton)
        return self

    def value(self, name, v):
        self.values[name] = v
        return self

    def resolve(self, iface, _path=()):
        if iface in _path:
            chain = " -> ".join(t.__name__ for t in _path + (iface,))
            raise ResolutionError(f"cycle: {chain}")
        if iface in self.singletons:
            return self.singletons[iface]
        if iface not in self.providers:
            raise ResolutionError(f"no binding for {iface.__name__}" + (f" (needed by {_path[-1].__name__})" if _path else ""))
        impl, singleton = self.providers[iface]
        kwargs = {}
        hints = get_type_hints(impl.__init__) if inspect.isclass(impl) else get_type_hints(impl)
        sig = inspect.signature(impl)
        for name, param in sig.parameters.items():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            if name in self.values:
                kwargs[name] = self.values[name]
            elif name in hints and hints[name] in self.providers:
                kwargs[name] = self.resolve(hints[name], _path + (iface,))
            elif param.default is not param.empty:
                continue
            else:
                raise ResolutionError(f"cannot supply {name!r} for {impl.__name__}{sig}")
        obj = impl(**kwargs)
        if singleton:
            self.singletons[iface] = obj
        return obj

    def inject(self, fn):
        sig = inspect.signature(fn)
        hints = get_type_hints(fn)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound = sig.bind_partial(*args, **kwargs)
            for name, p in sig.parameters.items():
                if name not in bound.arguments and hints.get(name) in self.providers:
                    bound.arguments[name] = self.resolve(hints[name])
            bound.apply_defaults()
            return fn(*bound.args, **bound.kwargs)
        return wrapper


class Config:
    def __init__(self, dsn: str, debug: bool = False):
        self.dsn, self.debug = dsn, debug


class Database:
    instances = 0

    def __init__(self, config: Config):
        Database.instances += 1
        self.config = config

    def query(self, sql):
        return f"[{self.config.dsn}] {sql}"


class Cache:
    def __init__(self, size: int = 128):
        self.size = size


class UserRepo:
    def __init__(self, db: Database, cache: Optional[Cache] = None):
        self.db, self.cache = db, cache


class Mailer:
    def __init__(self, sender: str, repo: "UserRepo"):
        self.sender, self.repo = sender, repo


class A:
    def __init__(self, b: "B"):
        pass


class B:
    def __init__(self, a: A):
        pass


c = Container()
c.bind(Config, singleton=True).bind(Database, singleton=True).bind(UserRepo).bind(Mailer)
c.value("dsn", "sqlite://memory").value("sender", "noreply@example.org")
repo1, repo2 = c.resolve(UserRepo), c.resolve(UserRepo)
print(repo1 is repo2, repo1.db is repo2.db, Database.instances, repo1.cache, repo1.db.query("select 1"))
m = c.resolve(Mailer)
print(m.sender, m.repo.db.config.debug, type(m.repo).__name__)


@c.inject
def signup(name, repo: UserRepo, *, notify: bool = True, mailer: Mailer):
    return f"{name}: {repo.db.query('insert')} notify={notify} via {mailer.sender}"


print(signup("ann"), signup.__name__, inspect.signature(signup))
print(signup("bob", notify=False))
c.bind(A).bind(B)
for iface in (A, Cache):
    try:
        c.resolve(iface)
    except ResolutionError as e:
        print("ResolutionError:", e)
c2 = Container().bind(Database)
try:
    c2.resolve(Database)
except ResolutionError as e:
    print("ResolutionError:", e)
sig = inspect.signature(Mailer)
print(sig, list(sig.parameters), sig.parameters["repo"].annotation, sig.return_annotation is inspect.Signature.empty)


def example(a, /, b: int = 2, *args: str, c, d: float = 1.5, **kw) -> bool:
    return True


s = inspect.signature(example)
for p in s.parameters.values():
    print(f"  {p.name:<5} {str(p.kind):<22} default={p.default!r:<8} annotation={p.annotation!r}")
print(s.replace(return_annotation=int), str(s.parameters["d"]), s.bind(1, c=3).arguments, s.bind(1, 2, "x", c=3, z=9).arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1,), {"a": 2, "c": 1}), ((1, 2), {"b": 3, "c": 0})]:
    try:
        s.bind(*args, **kwargs)
    except TypeError as e:
        print("bind:", e)
new_sig = s.replace(parameters=[inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=0)])
print(new_sig, inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY, annotation=int))
try:
    inspect.Parameter("bad name", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("Parameter:", e)
print(inspect.isfunction(example), inspect.ismethod(c.resolve), inspect.isclass(A), inspect.getmembers(Cache(3), lambda v: isinstance(v, int)))
print(inspect.getdoc(Container.resolve), inspect.signature(len), inspect.signature(lambda *, k=1: k))
