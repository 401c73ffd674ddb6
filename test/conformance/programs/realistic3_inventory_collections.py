# A warehouse inventory built on collections: defaultdict, OrderedDict, ChainMap, namedtuple, Counter, deque.
from collections import defaultdict, OrderedDict, ChainMap, namedtuple, Counter, deque, UserDict
import collections.abc as cabc

Item = namedtuple("Item", "sku name qty price location", defaults=(0, 0.0, "A1"))
print(Item._fields, Item._field_defaults, Item("s1", "bolt"))
stock = [Item("b-1", "bolt", 120, 0.05, "A1"), Item("n-2", "nut", 300, 0.02), Item("w-3", "washer", 75, 0.01, "B2"),
         Item("s-4", "screw", 0, 0.07, "B2"), Item("g-5", "gear", 12, 3.5, "C9")]
by_loc = defaultdict(list)
for item in stock:
    by_loc[item.location].append(item.sku)
print(dict(by_loc), by_loc.default_factory.__name__, by_loc["Z"], len(by_loc))
counts = defaultdict(int)
for ch in "warehouse":
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict(set))[:30])
g = stock[-1]
print(g._replace(qty=20), g._asdict(), tuple(g), g[1], g.price * g.qty)
print(Item._make(["m-6", "motor", 2, 99.0, "D1"]), Item.__doc__, Item.sku.__doc__)
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
try:
    g._replace(colour="red")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a def")
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", "a def _x", rename=True)._fields)

lru = OrderedDict()
for key in "abcdeacf":
    if key in lru:
        lru.move_to_end(key)
    lru[key] = ord(key)
    if len(lru) > 4:
        print("evict", lru.popitem(last=False))
print(lru, list(reversed(lru)), lru.popitem())
lru.move_to_end(list(lru)[-1], last=False)
print(list(lru), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
try:
    lru.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)

defaults = {"colour": "grey", "unit": "pcs", "reorder": 10}
site = {"unit": "box"}
user = {"colour": "red"}
cfg = ChainMap(user, site, defaults)
print(cfg["colour"], cfg["unit"], cfg["reorder"], len(cfg), sorted(cfg), cfg.maps[1])
child = cfg.new_child({"reorder": 5})
child["extra"] = True
print(child["reorder"], child.parents["reorder"], dict(child), "extra" in cfg)
del child["extra"]
try:
    del child["unit"]
except KeyError as e:
    print("KeyError:", e)
print(repr(ChainMap({"a": 1}, {"b": 2})))

c = Counter(i.location for i in stock)
c2 = Counter({"A1": 1, "B2": 5, "Z9": 2})
print(c, c.total(), c.most_common(1), sorted(c.elements()))
print(c + c2, c - c2, c & c2, c | c2, -c2, +Counter({"a": -1, "b": 2}))
c.subtract(c2)
print(c, c["nope"])
c.update(["A1", "A1"], B2=3)
print(c, sorted(c.items()))
print(Counter("abracadabra").most_common(), Counter("abracadabra").most_common(3))
print(Counter(a=3) == Counter(a=3, b=0), Counter(a=1) < Counter(a=2), Counter(a=2) <= Counter(a=2, b=1))

recent = deque(maxlen=3)
for sku in ["b-1", "n-2", "w-3", "s-4"]:
    recent.append(sku)
print(recent, recent.maxlen)
recent.appendleft("g-5")
print(recent)
recent.extend(["x", "y"])
recent.rotate(1)
print(recent, recent.index("y"), recent.count("x"))
dq = deque(range(10))
dq.rotate(-3)
print(dq, dq[0], dq[-1])
del dq[2]
dq.insert(0, 99)
dq.remove(6)
print(dq, len(dq), 7 in dq)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({"ABC": 1})
ld["Xyz"] = 2
ld.update(QQ=3)
print(ld, ld.data, isinstance(ld, cabc.MutableMapping), "abc" in ld)
print(isinstance(deque(), cabc.Sequence), isinstance(deque(), cabc.MutableSequence), issubclass(Counter, dict), isinstance(cfg, cabc.Mapping))
value = sum(i.qty * i.price for i in stock)
print(f"stock value: {value:.2f}", sorted(stock, key=lambda i: i.qty * i.price, reverse=True)[0].name)
