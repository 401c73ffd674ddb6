# module attributes can be read, added and changed; all importers see the same module
import _mod_util
import _mod_util as alias
_mod_util.NEW_ATTR = "added from main"
print(alias.NEW_ATTR)
old = _mod_util.GREETING
_mod_util.GREETING = "howdy"
print(alias.greet("cy"))
_mod_util.GREETING = old
print(alias.greet("cy"))
names = [n for n in dir(_mod_util) if not n.startswith("__")]
print(names)
print(sorted(k for k in vars(_mod_util) if not k.startswith("__")) == names)
print(_mod_util.__name__, __name__)
del _mod_util.NEW_ATTR
print(hasattr(alias, "NEW_ATTR"))
