# Values a module loop stored (read through LOAD_GLOBAL's slots) as every other reader of the
# module's dict sees them: globals() lookups, views and iterators, copies, other modules, vars().
import sys
import _mod_glob_reader as reader

def get_a():
    return a

a = b = 0
for i in range(500):
    a = i
    b = i * 2
    if i % 100 == 0:
        g = globals()
        print(i, g["a"], g.get("b"), "a" in g, get_a(), reader.read_main("a"))
print(a, b, globals()["a"], globals().get("b"), reader.read_main("b"))
print(dict(globals())["a"], {**globals()}["b"], globals().copy()["a"], vars()["b"], sys.modules["__main__"].a)
print([v for k, v in globals().items() if k in ("a", "b")])
print([v for v in globals().values() if v is a or v is b][:2])
print(sorted(k for k in globals() if len(k) == 1))

# an items() iterator made before the stores, stepped between them
found = {}
k = v = it = None
it = iter(globals().items())
for i in range(300):
    a = i
    b = -i
for k, v in it:
    if k in ("a", "b"):
        found[k] = v
    if k == "a":
        b = "changed while iterating"
print(found)
# a values list built after stores in a hot loop
for i in range(300):
    a = i
vals = list(globals().values())
print(a in vals, vals.count(a) >= 1)
# another module stores our globals while our loop reads them
for i in range(300):
    reader.write_main("a", i)
    if get_a() != i or a != i:
        print("stale", i)
print(a, get_a())
# a loop variable then read by name from eval/exec in the same namespace
for i in range(300):
    a = i + 1
print(eval("a"), eval("(a, b)", globals()))
exec("a = a * 10")
print(a, get_a())
