# exec() with a dict subclass as globals: functions' LOAD_GLOBAL goes through __getitem__ and
# __missing__ (CPython's path for dicts that are not exact), in hot loops, never cached.
class Defaults(dict):
    def __missing__(self, key):
        if key.startswith("opt_"):
            return key[4:].upper()
        raise KeyError(key)

g = Defaults()
exec("""
def f():
    return opt_level
def g(n):
    return [opt_x for _ in range(n)][-1]
""", g)
out = [g["f"]() for i in range(300)]
print(out[0], out[-1], len(out), g["g"](300))
g["opt_level"] = "set"
print(g["f"]())
del g["opt_level"]
print(g["f"]())

class Counting(dict):
    reads = 0
    def __getitem__(self, key):
        Counting.reads += 1
        return super().__getitem__(key)

c = Counting(base=10)
exec("""
def h(i):
    return base + i
total = 0
for i in range(400):
    total += h(i)
""", c)
print(c["total"], Counting.reads >= 800)
Counting.reads = 0
c["base"] = 0
print(c["h"](5), Counting.reads)

class Strict(dict):
    def __getitem__(self, key):
        if key == "forbidden":
            raise KeyError(key)
        return super().__getitem__(key)
s = Strict(forbidden=1)
exec("def k():\n    return forbidden\n", s)
for i in range(300):
    try:
        s["k"]()
    except NameError as e:
        msg = str(e)
print(msg)

class Loud(dict):
    def __missing__(self, k):
        return "missing " + k
try:
    exec("def f():\n    return zz\nprint(f())\n", Loud())
except TypeError as e:
    print("TypeError:", e)
lg = Loud(print=print, range=range)
exec("def f():\n    return zz\nprint(f())\nfor i in range(300):\n    r = f()\nprint(r, len)\n", lg)
