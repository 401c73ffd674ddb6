# pprint of nested data, copy/deepcopy of cyclic structures, struct pack/unpack of records
import pprint
import copy
import struct
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

data = {
    "users": [{"name": f"user{i}", "id": i, "roles": ["admin", "dev"][: i % 3], "meta": {"age": 20 + i, "tags": list(range(i))}} for i in range(4)],
    "config": {"debug": True, "level": 3.5, "paths": ("/usr/bin", "/usr/local/bin", "/opt/very/long/path/name/here"), "empty": {}, "none": None},
    "matrix": [[i * j for j in range(8)] for i in range(4)],
    "text": "a fairly long string that will certainly not fit on one line of eighty columns at all, no way",
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["matrix"], compact=True, width=50)
print(pprint.pformat({"b": 1, "a": 2, "c": [3] * 3}, sort_dicts=False))
print(pprint.pformat(list(range(30)), width=30, compact=True))
pprint.pprint([OrderedDict(a=1, b=2), defaultdict(list, x=[1]), Counter("hello"), deque([1, 2, 3], maxlen=5)])
Pt = namedtuple("Pt", "x y")
pprint.pprint({"points": [Pt(1, 2), Pt(3, 4)] * 4, "set": set(range(12)), "fs": frozenset({1, 2}), "bytes": b"x" * 100})
pprint.pprint("word " * 30)
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"key": ["value1", "value2", {"nested": (1, 2, 3)}]})
cyc = [1, 2]
cyc.append(cyc)
d = {"self": None}
d["self"] = d
import re
hide = lambda t: re.sub(r'id=\d+', 'id=N', t)
print(hide(pprint.pformat(cyc)), hide(pprint.pformat(d)))
print(hide(pprint.saferepr(cyc)), pprint.isrecursive(cyc), pprint.isreadable(cyc), pprint.isreadable([1, "a"]))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} children)"

root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1"))
root.meta = {"shared": [1, 2], "root": root}
root.meta["again"] = root.meta["shared"]
c = copy.deepcopy(root)
print(c, c.children, c.children[0].parent is c, c is not root, c.meta["root"] is c, c.meta["again"] is c.meta["shared"], c.meta["shared"] is not root.meta["shared"])
s = copy.copy(root)
print(s.children is root.children, s.meta is root.meta)
lst = [[1, 2], [3, 4]]
sh, dp = copy.copy(lst), copy.deepcopy(lst)
lst[0].append(99)
print(sh, dp)

class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = {"big": list(range(3))}
    def __copy__(self):
        print("  __copy__ called")
        n = Custom.__new__(Custom)
        n.v = self.v
        n.cache = {}
        return n
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo) > 0 or "no", "entries")
        n = Custom(copy.deepcopy(self.v, memo))
        return n
x = Custom([1, [2]])
y = copy.copy(x); z = copy.deepcopy(x)
print(y.cache, z.cache, z.v == x.v, z.v is x.v)
print(copy.deepcopy((1, 2, "s")) , copy.copy((1, [2])) is not None, copy.deepcopy(cyc)[2][2][0])

fmt = "<I10sHf?"
print(struct.calcsize(fmt), struct.calcsize(">I10sHf?"), struct.calcsize("@Ihq"), struct.calcsize("=Ihq"))
records = [(1, b"alice", 30, 55.5, True), (2, b"bob", 41, 80.25, False), (3, b"christopher", 7, 1.0, True)]
blob = b"".join(struct.pack(fmt, *r) for r in records)
print(len(blob), blob[:20])
for rec in struct.iter_unpack(fmt, blob):
    rid, name, age, w, active = rec
    print(rid, name.rstrip(b"\0").decode(), age, round(w, 2), active)
print(struct.unpack(">hH", b"\xff\xfe\xff\xfe"), struct.pack(">q", -2), struct.pack("<d", 1.5).hex(), struct.unpack("<3B", b"abc"))
print(struct.pack("2s3x?", b"hey", 1), struct.unpack_from(">H", b"\x00\x01\x02", 1), struct.pack(">e", 1.5))
S = struct.Struct(">HH")
buf = bytearray(6)
S.pack_into(buf, 2, 258, 3)
print(buf, S.size, S.format, S.unpack(bytes(buf[2:])))
for bad in (lambda: struct.pack(">h", 70000), lambda: struct.pack("i", "x"), lambda: struct.unpack(">I", b"ab"), lambda: struct.pack("z", 1), lambda: struct.pack(">B", -1), lambda: struct.pack("2i", 1)):
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
