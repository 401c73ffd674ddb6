# __hash__ and __eq__ raising during dict and set operations and list searches
class Key:
    def __init__(self, name, hash_fails=False, eq_fails=False):
        self.name = name
        self.hash_fails = hash_fails
        self.eq_fails = eq_fails
    def __hash__(self):
        if self.hash_fails:
            raise RuntimeError("hash failed for " + self.name)
        return 7
    def __eq__(self, other):
        if self.eq_fails or getattr(other, "eq_fails", False):
            raise ValueError("eq failed for " + self.name)
        return self.name == other.name
d = {}
d[Key("a")] = 1
for label, op in (("setitem", lambda: d.__setitem__(Key("h", hash_fails=True), 2)),
                  ("getitem", lambda: d[Key("h", hash_fails=True)]),
                  ("in", lambda: Key("h", hash_fails=True) in d),
                  ("collide eq", lambda: d[Key("b", eq_fails=True)]),
                  ("set add", lambda: {Key("h", hash_fails=True)}),
                  ("list in", lambda: Key("x", eq_fails=True) in [1, 2]),
                  ("list index", lambda: [Key("y")].index(Key("z", eq_fails=True)))):
    try:
        print(label, "->", op())
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
print(len(d), d[Key("a")])
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, {}}
except TypeError as e:
    print("TypeError:", e)
