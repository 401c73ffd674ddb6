# `from module import *` honours __all__ and otherwise skips underscore names
from _mod_star import *
print(visible, also_visible)
try:
    print(not_listed)
except NameError as e:
    print("NameError:", e)
from _mod_star_noall import *
print(public_value, public_func())
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
import _mod_star_noall
print(_mod_star_noall._hidden)
print(sorted(n for n in dir() if not n.startswith("__")))
