import types
try: types.SimpleNamespace()[0]
except TypeError as e: print(e)
try: types.SimpleNamespace() + 1
except TypeError as e: print(e)
class S(types.SimpleNamespace): pass
try: S()[0]
except TypeError as e: print(e)
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__qualname__, types.SimpleNamespace, S(a=1), types.SimpleNamespace(b=2))
import sys
print(type(sys.implementation))
types.SimpleNamespace(1)
