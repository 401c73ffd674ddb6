# Helper for realistic4_plugin_loader: a module with __getattr__/__dir__ (PEP 562), __all__,
# a lazily built table and a deprecated alias that warns.
import warnings

__all__ = ["register", "available", "Plugin"]
_registry = {}
_loads = 0


class Plugin:
    def __init__(self, name, fn):
        self.name, self.fn = name, fn

    def __repr__(self):
        return f"Plugin({self.name!r})"


def register(name):
    def deco(fn):
        _registry[name] = Plugin(name, fn)
        return fn
    return deco


def available():
    return sorted(_registry)


def __getattr__(name):
    global _loads
    if name == "TABLE":
        _loads += 1
        table = {k: v.fn.__doc__ for k, v in _registry.items()}
        globals()["TABLE"] = table
        return table
    if name == "old_register":
        warnings.warn("old_register is deprecated; use register", DeprecationWarning, stacklevel=2)
        return register
    if name.startswith("plugin_"):
        try:
            return _registry[name[7:]]
        except KeyError:
            pass
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + [f"plugin_{k}" for k in _registry] + ["TABLE"])
