# importing a module that does not exist raises ModuleNotFoundError (an ImportError)
try:
    import _mod_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
    print(e.name, isinstance(e, ImportError))
try:
    from _mod_also_missing import something
except ImportError as e:
    print(type(e).__name__ + ":", e)
import sys
print("_mod_does_not_exist" in sys.modules)
print(issubclass(ModuleNotFoundError, ImportError))
print("program continues")
