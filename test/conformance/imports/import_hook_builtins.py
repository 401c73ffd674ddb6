# the import statement calls builtins.__import__ (a replaced one sees each import with globals, locals, fromlist, level); none at all is ImportError
import builtins
orig = builtins.__import__
calls = []
def imp(name, globals=None, locals=None, fromlist=(), level=0):
    if globals.get("__name__") == "__main__": calls.append((name, type(globals).__name__, locals is None or type(locals).__name__, fromlist, level))
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = imp
import math
from os import path
import os.path as osp
from collections import *
def inside():
    import sys
    from json import dumps
inside()
class K:
    import string
builtins.__import__ = orig
import re
for c in calls: print(c)
import types
ns = types.SimpleNamespace(thing='T')
def fake(name, *a):
    print("fake import of", name, a[2:])
    return ns
builtins.__import__ = fake
import anything.at.all
from nowhere import thing
print(anything, thing)
builtins.__import__ = orig
try: exec("import math", {"__builtins__": {}})
except ImportError as e: print(type(e).__name__, e)
print(eval("__import__('math').pi", {"__builtins__": {"__import__": orig}}))
exec("import math as m2", {"__builtins__": {"__import__": lambda *a: print("custom", a[0], a[3], a[4]) or orig(*a)}})
del builtins.__import__
try: import math
except ImportError as e: print(type(e).__name__, e)
builtins.__import__ = orig
import math
print("restored")
