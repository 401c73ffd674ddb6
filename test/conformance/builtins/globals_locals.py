# globals() and locals() contain the expected names
import sys
x = 1
def f(a, b=2):
    c = a + b
    return sorted(locals())
def g():
    return sorted(locals())
print(f(1), g())
print(sorted(k for k in globals() if not k.startswith("__")))
print(__name__, globals()["x"], "f" in globals(), "sys" in globals())
globals()["created"] = "via globals()"
print(created)
def outer():
    v = 1
    def inner():
        return sorted(locals())
    return inner()
print(outer())
print(locals() is globals())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
