# A missing attribute of collections/functools/typing/doctest fails as in CPython (no module __getattr__ frame, name/obj set, a hint)
import collections, functools, typing, doctest, traceback, sys
for mod, name in ((collections, "OrderDict"), (functools, "reduse"), (typing, "Lisst"), (doctest, "testmod2")):
    try:
        getattr(mod, name)
    except AttributeError as e:
        print(type(e).__name__, e, e.name, e.obj is mod)
        traceback.print_exc()
print(hasattr(collections, "nope"), getattr(typing, "Nope", "default"))
print(typing.ContextManager, collections.abc.Mapping, collections.UserList)
def lookup():
    return functools.reduse
lookup()
