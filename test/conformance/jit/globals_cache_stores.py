# Global caches across stores, deletions and globals() mutation, in module loops and functions.
def read_x():
    return x

def read_len(s):
    return len(s)

x = 0
seen = []
for i in range(1000):
    x = i
    if read_x() != i:
        seen.append(("stale", i))
    if i == 500:
        globals()["x"] = -1
        seen.append(("globals()", read_x()))
        x = 500
print(seen, x, read_x())

# del of a global, then NameError, then back
for i in range(600):
    x = i
    if i == 300:
        del x
        try:
            read_x()
        except NameError as e:
            print("NameError:", e)
        try:
            print(x)
        except NameError as e:
            print("module NameError:", e)
print(read_x())

# builtins shadowed and un-shadowed from a module loop
out = []
for i in range(900):
    if i == 300:
        len = lambda s: -1
    if i == 600:
        del len
    out.append(read_len("abc"))
print(out[299], out[300], out[599], out[600], out.count(-1))

# globals() mutated by pop/setdefault/update/clear-like operations between calls
g = globals()
for i in range(400):
    g["y"] = i
    assert read_y() == i if "read_y" in g else True
    if i == 0:
        def read_y():
            return y
print(read_y())
g.pop("y")
try:
    read_y()
except NameError as e:
    print("NameError:", e)
g.setdefault("y", 7)
print(read_y())
g.update(y=8)
print(read_y())
g.update({"y": 9, "z": 10})
print(read_y(), z)
