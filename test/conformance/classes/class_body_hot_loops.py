# Loops in class bodies and in exec() with locals of its own: names looked up in the namespace,
# then the globals, then the builtins; stores into the namespace only; __prepare__ namespaces.
x = "global x"
scale = 3

def helper(v):
    return v * scale

class Table:
    rows = []
    total = 0
    for i in range(400):
        total += helper(i)
        if i == 200:
            x = "class x"          # shadows the global from here on in this body
        rows.append(x)
    n = len(rows)
    del i
    len = lambda self: -1       # a class attribute named like a builtin
    after = [len(None) for _ in (1,)] if False else None
print(Table.total, Table.n, Table.rows[200], Table.rows[201], x, hasattr(Table, "i"))
print(Table().__len__() if hasattr(Table, "__len__") else "no __len__", Table.len(None))

class Ordered(dict):
    def __setitem__(self, k, v):
        if k == "last":
            Ordered.stores = getattr(Ordered, "stores", 0) + 1
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Ordered()

class Counted(metaclass=Meta):
    for i in range(300):
        last = i
print(Counted.last, Ordered.stores)

# exec with separate locals: stores stay local, reads fall through to the globals
g = {"base": 100}
l = {}
exec("""
acc = 0
for i in range(500):
    acc += base + i
base = -1
""", g, l)
print(l["acc"], l["base"], g["base"], "acc" in g)

# a name deleted from the class namespace mid-loop falls back to the global
y = "global y"
class Fallback:
    seen = []
    y = "class y"
    for i in range(300):
        if i == 150:
            del y
        seen.append(y)
print(Fallback.seen[149], Fallback.seen[150], len(Fallback.seen))

# a function defined in a class body loop reads globals, not the class namespace
class Makers:
    fs = []
    z = "class z"
    for i in range(300):
        def get_z():
            return z
        fs.append(get_z)
z = "global z"
print(Makers.fs[0](), Makers.fs[-1]())
try:
    class Broken:
        for i in range(300):
            if i == 250:
                print(undefined_name)
except NameError as e:
    print("NameError:", e)
