# imports inside functions bind local names; the module is still cached globally
def use_math():
    import math
    return math.sqrt(81)
print(use_math())
try:
    math
except NameError as e:
    print("NameError:", e)
def use_util():
    from _mod_util import add
    return add(3, 4), "add" in locals()
print(use_util())
print("add" in globals())
import sys
print("math" in sys.modules, "_mod_util" in sys.modules)
def conditional(flag):
    if flag:
        import _mod_util as m
        return m.PI
    return None
print(conditional(True), conditional(False))
