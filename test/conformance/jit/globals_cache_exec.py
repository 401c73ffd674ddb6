# exec() and eval() with globals dicts of their own: one code object over several dicts,
# dict subclasses, custom __builtins__, and functions defined inside them.
src = """
def f():
    return x + len("ab")
total = 0
for i in range(300):
    x = i
    total += f()
"""
code = compile(src, "<src>", "exec")
g1 = {"x": 0}
g2 = {"x": 0}
exec(code, g1)
exec(code, g2)
print(g1["total"], g2["total"])
g1["x"] = 100
g2["x"] = 200
print(g1["f"](), g2["f"](), g1["f"]())

class Recorder(dict):
    def __setitem__(self, k, v):
        print("set", k) if k == "x" and v == 299 else None
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k)
g3 = Recorder(x=0)
exec(code, g3)
print(g3["total"])

class Loud(dict):
    def __missing__(self, k):
        return "missing " + k
try:
    exec("r = 0\nfor i in range(300): r = i\n", Loud())
except TypeError as e:
    print("TypeError:", e)
g6 = Loud(range=range)
exec("r = 0\nfor i in range(300): r = i + nothing_here.count('n')\n", g6)
print(g6["r"])

# custom builtins
fake = {"len": lambda s: 1000, "range": range}
g4 = {"__builtins__": fake, "x": 1}
exec(code, g4)
print(g4["total"])
try:
    exec("print(1)", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

# eval with a globals dict whose values change between evaluations
expr = compile("a + b", "<e>", "eval")
g5 = {"a": 1, "b": 2}
s = 0
for i in range(500):
    g5["a"] = i
    s += eval(expr, g5)
print(s)
del g5["b"]
try:
    eval(expr, g5)
except NameError as e:
    print("NameError:", e)
g5["b"] = 0
print(eval(expr, g5))
# locals of their own
print(eval(expr, g5, {"b": 1000}))
l = {}
exec("for i in range(300): q = i\nw = q + y", {"y": 5}, l)
print(l["w"])

# one globals dict, functions made under two different __builtins__
g7 = {"__builtins__": {"len": lambda s: 1}}
exec("def a(): return len('xyz')", g7)
g7["__builtins__"] = {"len": lambda s: 2}
exec("def b(): return len('xyz')", g7)
pairs = set()
for i in range(300):
    pairs.add((g7["a"](), g7["b"]()))
print(pairs)
g7["len"] = lambda s: 3
print(g7["a"](), g7["b"]())
del g7["len"]
print(g7["a"](), g7["b"]())
