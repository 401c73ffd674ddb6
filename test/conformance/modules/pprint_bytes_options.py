# pprint: bytes/bytearray wrapping, indent>1 for every container, underscore_numbers, depth markers, saferepr/isreadable/isrecursive, bad arguments, a format() override
import pprint

b = bytes(range(40, 110))
for w in (80, 40, 20, 8):
    pprint.pprint(b, width=w)
pprint.pprint(b"abcd", width=1)
pprint.pprint(b"abcde", width=1)
pprint.pprint(b"", width=1)
pprint.pprint([b * 2], width=50)
pprint.pprint({"data": bytearray(b)}, width=40)
pprint.pprint(bytearray(b"x" * 100), width=40)
pprint.pprint(bytearray(b"x" * 3), width=1)
pprint.pprint((b"spam " * 12,), width=30)

for ind in (2, 4):
    pprint.pprint({"a": [list(range(8)), (1, 2, 3)], "b": {1, 2, 3}, "c": frozenset({4, 5})}, indent=ind, width=20)
    pprint.pprint([[1, 2, 3]] * 3, indent=ind, width=12, compact=True)

print(pprint.pformat(1234567890, underscore_numbers=True))
print(pprint.pformat([10**9, -10**12, 3.5, True, 2**70], underscore_numbers=True))
print(pprint.pformat({10**5: (10**6,)}, underscore_numbers=True, width=10))
class MyInt(int):
    pass
class ReprInt(int):
    def __repr__(self):
        return "ReprInt"
print(pprint.pformat([MyInt(10**6), ReprInt(5)], underscore_numbers=True))

deep = [1, (2, [3, {4: (5, [6])}]), {"k": {"j": []}}, (7,), ()]
for d in (1, 2, 3, 4):
    print(d, pprint.pformat(deep, depth=d))
print(pprint.pformat([(1,)], depth=1), pprint.pformat([(1,)], depth=1, width=3))

a = [1]
a.append(a)
d = {"self": None}
d["self"] = d
t = (a, d)
for v in (a, d, t, [a, a], {1: a, 2: a}, "str", b"b", 1.5, None, 3j, bytearray(b"ab"), [1, 2], (1,), {}, set(), pprint):
    rep = pprint.saferepr(v)
    print(rep.split(" with id")[0].split(" from ")[0], pprint.isreadable(v), pprint.isrecursive(v))
p = pprint.PrettyPrinter()
print(p.isreadable(a), p.isrecursive(a), p.isreadable([1, {2: 3}]), p.isrecursive((1, 2)))
print(p.format([1, {2: 3}], {}, 0, 0))
print(p.format([1, [2, [3]]], {}, 2, 0))
print(p.format({"z": 1, "a": 2}, {}, 0, 0))
print(pprint.PrettyPrinter(sort_dicts=False).format({"z": 1, "a": 2}, {}, 0, 0))
out = pprint.pformat(a, width=5)
print(out.split(" with id")[0])
print(pprint.pformat(d).split(" with id")[0])

class Weird:
    def __repr__(self):
        return ""
class Angle:
    def __repr__(self):
        return "<angle>"
print(repr(pprint.isreadable(Weird())), pprint.isreadable(Angle()), pprint.isreadable([Angle()]), pprint.isreadable({"x": [Weird()]}))

print(pprint.pformat({1: "a", "b": 2, (1,): 3, None: 4, 2.5: 5}))
print(pprint.pformat({3: 1, 1: 2, 2: 3}), pprint.pformat({3: 1, 1: 2, 2: 3}, sort_dicts=False))
pprint.pp({3: 1, 1: 2}, sort_dicts=True)
pprint.pp([1, 2], None, 2, 1)

for kw in ({"indent": -1}, {"depth": 0}, {"depth": -2}, {"width": 0}, {"indent": "x"}, {"width": 2.9}):
    try:
        q = pprint.PrettyPrinter(**kw)
        print("ok", kw, q.pformat(list(range(3))))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pprint.pformat(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pprint.PrettyPrinter(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)

class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return pprint.PrettyPrinter.format(self, object, context, maxlevels, level)
Upper(width=30).pprint({"key": ["value", "other", ("x", "y")], "n": "abc" * 8})
print(Upper().pformat(["a", {"b": "c"}]))
import io
sink = io.StringIO()
pprint.pprint({"x": list(range(30))}, stream=sink, width=30)
print(sink.getvalue().count("\n"), repr(sink.getvalue()[:20]))
pprint.PrettyPrinter(stream=None).pprint("to stdout")
W = Weird()
for v in ([W], (W,), {1: W}, {W: 1}, [1, W], {"x": [W]}):
    print(repr(pprint.isreadable(v)), pprint.PrettyPrinter().format(v, {}, 0, 0))
print(repr(pprint.pformat({}, indent=4, width=1)), repr(pprint.pformat([], indent=4, width=1)), repr(pprint.pformat((), indent=3, width=1)))
print(repr(pprint.pformat(set(), indent=3, width=1)), repr(pprint.pformat([[]], indent=2, width=1)))
