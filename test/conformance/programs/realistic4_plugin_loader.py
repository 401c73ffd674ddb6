# A plugin loader over a helper module: module-level __getattr__/__dir__ (PEP 562), star
# imports honouring __all__, importlib.import_module/reload, sys.modules lookups, a module
# built at runtime with types.ModuleType, warnings captured and filtered, import errors.
import importlib
import os
import importlib.util
import sys
import types
import warnings

import _mod_r4plugins as plugins
from _mod_r4plugins import *


@register("upper")
def upper(text):
    """Shout the text."""
    return text.upper()


@plugins.register("rev")
def rev(text):
    """Reverse the text."""
    return text[::-1]


print(available(), plugins.plugin_upper, plugins.plugin_rev.fn("abc"))
print(plugins.TABLE, plugins._loads, plugins.TABLE is plugins.TABLE, plugins._loads)
print([n for n in dir(plugins) if n.startswith("plugin_") or n == "TABLE"])
try:
    plugins.plugin_missing
except AttributeError as e:
    print("AttributeError:", e)
print("Plugin" in globals(), "_registry" in globals(), "warnings" in globals())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    reg = plugins.old_register
    reg("noop")(lambda t: t)
    reg2 = plugins.old_register
print(len(caught), caught[0].category.__name__, str(caught[0].message), caught[0].filename.endswith("realistic4_plugin_loader.py"), caught[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        plugins.old_register
    except DeprecationWarning as e:
        print("raised:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("once per location", UserWarning)
    warnings.warn("other", RuntimeWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
mod = importlib.import_module("_mod_r4plugins")
print(mod is plugins, sys.modules["_mod_r4plugins"] is plugins, "_mod_r4plugins" in sys.modules)
before = available()
reloaded = importlib.reload(plugins)
print(reloaded is plugins, before, available(), plugins.available(), hasattr(plugins, "TABLE") and "TABLE" in vars(plugins))
dyn = types.ModuleType("dynamic_tools", "Tools made at runtime.")
exec("def double(x):\n    return 2 * x\nVERSION = (1, 2)\n", dyn.__dict__)
sys.modules["dynamic_tools"] = dyn
import dynamic_tools
from dynamic_tools import double, VERSION
print(dynamic_tools.__name__, dynamic_tools.__doc__, double(21), VERSION, repr(dyn).startswith("<module 'dynamic_tools'"))
for name in ["_mod_does_not_exist", "dynamic_tools.sub", "json.nope"]:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        print(f"ModuleNotFoundError: {e} (name={e.name!r})")
try:
    from _mod_r4plugins import nothing_here
except ImportError as e:
    print("ImportError:", str(e).replace(os.getcwd() + os.sep, ""), "| name:", e.name)
try:
    from dynamic_tools import missing
except ImportError as e:
    print("ImportError:", e)
try:
    importlib.import_module(".relative")
except TypeError as e:
    print("TypeError:", e)
print(importlib.util.find_spec("_mod_r4plugins").name, importlib.util.find_spec("nope_nope"))
warnings.warn("left for stderr", UserWarning)
print("done")
