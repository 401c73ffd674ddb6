# A plugin registry built on metaclasses, __init_subclass__, __class_getitem__, weakref, inspect.signature and pickle
import inspect
import weakref
import pickle
import types

class Registry(type):
    plugins = {}
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"  prepare {name} kw={kw}")
        return {"_order": []}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[kw.get("key", name.lower())] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.created_by = type(cls).__name__
    def __call__(cls, *a, **k):
        print(f"  creating {cls.__name__}{a}")
        return super().__call__(*a, **k)
    def __len__(cls):
        return len(cls.plugins)
    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"

class Plugin(metaclass=Registry):
    def __init__(self, level=1):
        self.level = level
    def run(self, data, *, verbose=False):
        return f"{type(self).__name__} ran on {data!r} at level {self.level}"

class Upper(Plugin, key="up"):
    def run(self, data, *, verbose=False):
        return data.upper()

class Reverse(Plugin):
    pass

print(sorted(Registry.plugins), len(Plugin), Upper, Upper.created_by, type(Upper))
p = Registry.plugins["up"](3)
print(p.run("abc"), Reverse().run("xyz"))

class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__ if isinstance(item, type) else item}"
print(Box[int], Box["x"])

def handler(event, ctx=None, *args, retries: int = 3, **extra) -> bool:
    """Handle an event."""
    return True
sig = inspect.signature(handler)
print(sig, list(sig.parameters), sig.return_annotation)
for name, prm in sig.parameters.items():
    print(f"  {name}: kind={prm.kind.name} default={prm.default!r} annotation={prm.annotation!r}")
bound = sig.bind("click", 1, 2, 3, retries=5, tag="t")
print(bound.arguments, bound.args, bound.kwargs)
bound2 = sig.bind_partial("x"); bound2.apply_defaults(); print(bound2.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(Plugin.run), inspect.signature(lambda a, /, b, *, c=1: 0), inspect.signature(Upper))
print(inspect.isfunction(handler), inspect.ismethod(p.run), inspect.isclass(Plugin), inspect.getdoc(handler), inspect.isgeneratorfunction(handler))
print([n for n, _ in inspect.getmembers(Upper, inspect.isfunction)], inspect.getmro(Upper)[1:], inspect.getsource(handler).splitlines()[0])

class Cacheable:
    instances = weakref.WeakValueDictionary()
    def __init__(self, key):
        self.key = key
        Cacheable.instances[key] = self
    def __repr__(self):
        return f"Cacheable({self.key!r})"
a = Cacheable("a"); b = Cacheable("b")
print(sorted(Cacheable.instances.keys()), Cacheable.instances["a"] is a)
r = weakref.ref(b)
print(r() is b, type(r).__name__, r == weakref.ref(b))
ws = weakref.WeakSet()
objs = [Cacheable(i) for i in range(3)]
for o in objs: ws.add(o)
print(len(ws), objs[0] in ws)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
prox = weakref.proxy(objs[0]); print(prox.key)

class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance = owner, balance
        self.history = [("open", balance)]
    def __eq__(self, o):
        return vars(self) == vars(o)
    def __getstate__(self):
        st = dict(vars(self)); st["history"] = st["history"][-1:]
        return st
    def __setstate__(self, st):
        print("  restoring", sorted(st))
        self.__dict__.update(st)
acc = Account("ann", 10); acc.history.append(("dep", 5))
blob = pickle.dumps(acc)
acc2 = pickle.loads(blob)
print(acc2.history, acc2 == acc, type(acc2).__name__)
obj = {"list": [1, 2.5, "s", None, True], "tuple": (1, (2,)), "set": {1, 2}, "bytes": b"\x00", "big": 2 ** 100, "nested": {"k": [{}]}}
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(obj, protocol=proto)) == obj
print("protocols ok", pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
cyc = [1]; cyc.append(cyc)
c2 = pickle.loads(pickle.dumps(cyc)); print(c2[1] is c2)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at ")[0])
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3), vars(ns))
mp = types.MappingProxyType({"x": 1})
try:
    mp["y"] = 2
except TypeError as e:
    print("TypeError:", e, mp["x"], dict(mp))
Dyn = type("Dyn", (Plugin,), {"run": lambda self, d, **k: "dyn " + d})
print(Dyn().run("go"), Registry.plugins["dyn"] is Dyn)
Meta2 = types.new_class("Meta2", (), {}, lambda ns: ns.update(v=5))
print(Meta2.v, types.FunctionType is type(handler), isinstance(len, types.BuiltinFunctionType))
