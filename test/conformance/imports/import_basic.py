# `import module` binds the module; attributes are accessed with a dot
import _mod_util
print(_mod_util.PI, _mod_util.GREETING)
print(_mod_util.add(2, 3), _mod_util.greet("world"))
c = _mod_util.Counter()
c.tick()
print(c.tick(), type(c).__name__)
print(_mod_util.__name__, type(_mod_util).__name__)
print(_mod_util._private)
print(hasattr(_mod_util, "add"), hasattr(_mod_util, "missing"))
try:
    _mod_util.missing
except AttributeError as e:
    print("AttributeError:", e)
print(callable(_mod_util.add), _mod_util.add.__name__)
