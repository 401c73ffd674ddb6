# warnings registries: a 'version' stamp, True values, and what each action records
import warnings

def show(r):
    print(sorted([(k if isinstance(k, str) else (k[0], k[1].__name__) + tuple(k[2:]), v) for k, v in r.items()], key=str))

for act in ['ignore', 'once', 'module', 'default', 'always']:
    warnings.resetwarnings()
    warnings.simplefilter(act)
    r = {}
    warnings.warn_explicit("m-" + act, UserWarning, "f.py", 3, registry=r)
    warnings.warn_explicit("m-" + act, UserWarning, "f.py", 4, registry=r)
    show(r)
    r2 = {}
    warnings.warn_explicit("m-" + act, UserWarning, "g.py", 3, registry=r2)
    show(r2)

# once without a registry: the module's onceregistry
warnings.resetwarnings()
warnings.simplefilter("once")
warnings.warn_explicit("noreg", UserWarning, "f.py", 3)
warnings.warn_explicit("noreg", UserWarning, "f.py", 4, registry=None)

# a registry stamped with an older version is emptied: the warning shows again
warnings.resetwarnings()
r = {}
warnings.warn_explicit("stale", UserWarning, "f.py", 5, registry=r)
warnings.warn_explicit("stale", UserWarning, "f.py", 5, registry=r)
warnings.simplefilter("default")
warnings.warn_explicit("stale", UserWarning, "f.py", 5, registry=r)
r["version"] = "x"
warnings.warn_explicit("stale", UserWarning, "f.py", 5, registry=r)
show(r)

def f():
    warnings.warn("in f")
f()
f()
print([k for k in __warningregistry__ if k != "version"], "version" in __warningregistry__)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("rec", SyntaxWarning, "s.py", 99, source="src")
    print(w[0].filename, w[0].lineno, w[0].category.__name__, w[0].source, w[0].line)

# broken filters
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
for item in [("bogus", None, Warning, None, 0), ("ignore", None, Warning), 5, (1, None, Warning, None, 0),
             ("always", None, Warning, None, "x"), ("always", None, 5, None, 0)]:
    warnings.filters[0] = item
    try:
        warnings.warn_explicit("x", UserWarning, "f.py", 1)
    except Exception as e:
        print(type(e).__name__, e)
del warnings.filters[0]
