# A key's __hash__ runs once per dict operation that hashes it, as in CPython: inserting a new
# key, deleting, popping; copying a dict, merging it, dict(d), {**d}, d | e and == reuse the
# stored hashes and call none.
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("  hash", self.name)
        return 7
    def __eq__(self, other):
        print("  eq", self.name, other.name)
        return self.name == other.name

a, b, a2 = Key("a"), Key("b"), Key("a")
steps = [
    ("display", lambda: {a: 1}),
    ("display two", lambda: {a: 1, b: 2}),
    ("comprehension", lambda: {k: 0 for k in [a]}),
    ("dict(pairs)", lambda: dict([(a, 1)])),
    ("fromkeys", lambda: dict.fromkeys([a, b])),
]
for label, make in steps:
    print(label)
    make()

d = {a: 1}
ops = [
    ("setitem new", lambda: d.__setitem__(b, 2)),
    ("setitem equal", lambda: d.__setitem__(a2, 3)),
    ("getitem", lambda: d[a]),
    ("in", lambda: b in d),
    ("get", lambda: d.get(a2)),
    ("setdefault", lambda: d.setdefault(a, 9)),
    ("copy", lambda: d.copy()),
    ("dict(d)", lambda: dict(d)),
    ("splat", lambda: {**d}),
    ("update", lambda: {}.update(d)),
    ("or", lambda: d | {}),
    ("ior", lambda: {}.__ior__(d)),
    ("eq", lambda: d == dict(d)),
    ("pop", lambda: d.pop(b)),
    ("del", lambda: d.__delitem__(a)),
    ("popitem", lambda: {a: 1}.popitem()),
    ("set display", lambda: {a, b}),
    ("set copy", lambda: {a}.copy()),
]
for label, op in ops:
    print(label)
    r = op()
    if isinstance(r, (int, bool)):
        print("  ->", r)
print(len(d))
