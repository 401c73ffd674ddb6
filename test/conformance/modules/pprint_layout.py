# pprint: values that fit on one line, dicts and lists broken over lines, strings split, compact, depth, recursion
import io
import pprint

data = {"zeta": [1, 2, 3], "alpha": {"nested": list(range(30)), "b": (1,), "a": "x" * 50}, "mid": {3, 1, 2}, "t": (1, 2)}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([list(range(12))] * 4, width=40)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([]), pprint.pformat({}), pprint.pformat(()))
pprint.pprint({"k": "a long string " * 10}, width=60)
pprint.pprint("word " * 30, width=40)
pprint.pprint(["line one\nline two\n" * 3], width=30)
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).split(" with id")[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]))
pprint.pprint({"deep": {"deeper": {"deepest": [1, [2, [3, [4]]]]}}}, depth=2)
pprint.pprint(frozenset(range(25)), width=40)
pprint.pprint({(1, 2): "tuple key", 1: "int key", "s": "str key"}, width=30)
pprint.pprint([1.5, None, True, b"bytes", 10**20, -3], width=20)
pprint.pprint({"a": 1, "b": {"c": [1, 2, {"d": (1, 2, 3)}]}}, width=10)
pprint.pp({"b": 1, "a": [1] * 30})
pprint.pprint((("x" * 30, "y" * 30),), width=50)
pprint.pprint(set(), width=5); pprint.pprint([[]], width=1)
pprint.pprint(list(range(1000, 1030)), underscore_numbers=True, width=60) if False else None
pprint.pprint({10**6: 10**7}, underscore_numbers=True)
class MyDict(dict): pass
class R:
    def __repr__(self): return "R(" + "r" * 90 + ")"
pprint.pprint(MyDict(a=list(range(30))), width=60)
pprint.pprint([R(), R()])
pprint.pprint({"k": {"inner": "text " * 25}}, width=50)
pprint.pprint((("only " * 20),), width=40)
pprint.pprint({1, "a", 2.5, (1,)}, width=10)
pprint.pprint({"b": 1, 2: "x", None: 0, 1.5: [1] * 40}, width=40)
s = io.StringIO()
p = pprint.PrettyPrinter(indent=2, width=30, stream=s, compact=True)
p.pprint({"numbers": list(range(20)), "word": "abc"})
print(s.getvalue(), end="")
print(p.pformat(list("abcdefghijklmnopqrstuvwxyz")))
print(p.isreadable({"a": 1}), p.isrecursive([1]))
try:
    pprint.PrettyPrinter(depth=0)
except ValueError as e:
    print("ValueError", e)
pprint.pprint([[1, [2, [3, [4, [5]]]]]], depth=3)
pprint.pprint(list(range(100, 200)), compact=True)
