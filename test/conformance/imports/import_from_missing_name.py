# `from module import name` fails with ImportError when the name is missing
try:
    from _mod_util import no_such_name
except ImportError as e:
    print(type(e).__name__)
    print(str(e).split(" (")[0])
    print(e.name)
try:
    from _mod_util import add, missing_too
except ImportError as e:
    print(str(e).split(" (")[0])
print("add" in dir())
from _mod_util import add
print(add(20, 22))
