# a module's body runs only once, however many times it is imported
print("main: first import")
import _mod_loadcount
print("main: second import")
import _mod_loadcount
from _mod_loadcount import hello
import _mod_loadcount as again
def inside():
    import _mod_loadcount
    return _mod_loadcount.hello()
print(inside())
print(_mod_loadcount.loads, again is _mod_loadcount)
import sys
print("_mod_loadcount" in sys.modules, sys.modules["_mod_loadcount"] is _mod_loadcount)
print(hello())
