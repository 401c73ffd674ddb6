# Global caches through unusual changes of the globals dict: popitem, int and str-subclass keys,
# clear() of an exec namespace, an instance __dict__ as exec globals, a loop deleting its own global.
class S(str):
    pass

def get_v():
    return v

v = 1
for i in range(400):
    v = i
print(get_v())
globals()[S("v")] = "through a str subclass key"
print(get_v())
globals()[12345] = "an int key"
v = 3
print(get_v(), globals()[12345])
del globals()[12345]
for i in range(300):
    v = i * 2
print(get_v())

# popitem from a namespace of its own
ns = {}
exec("def f(): return last\nlast = 0\nfor i in range(300): last = i\n", ns)
print(ns["f"]())
key, val = ns.popitem()
print(key, val)
try:
    ns["f"]()
except NameError as e:
    print("NameError:", e)
ns["last"] = "back"
print(ns["f"]())
f = ns["f"]
ns.clear()
try:
    f()
except NameError as e:
    print("NameError:", e)
ns["last"] = "after clear"
print(f())

# an instance's __dict__ as globals, its attributes set both ways
class Box:
    pass
b = Box()
b.a = 1
b.b = 2
exec("def g(): return a + b\nfor i in range(300): a = i\n", b.__dict__)
print(b.a, b.__dict__["g"]())
for i in range(300):
    b.a = i
    b.b = 1
print(b.__dict__["g"]())
b.c = 5
del b.a
try:
    b.__dict__["g"]()
except NameError as e:
    print("NameError:", e)

# a loop deleting and re-creating a global each turn
def get_w():
    try:
        return w
    except NameError:
        return None
out = []
for i in range(600):
    w = i
    if i % 3 == 0:
        del w
    out.append(get_w())
print(out[:7], out.count(None))

# setdefault / update / |= on globals inside a loop, read by a function
def get_u():
    return u
for i in range(400):
    globals().update(u=i)
    globals()["u"] = globals()["u"] + 0
    if get_u() != i:
        print("stale", i)
g = globals()
g |= {"u": "merged"}
print(get_u())
