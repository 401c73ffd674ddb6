# JSON round trip with nested data and json.dumps options
import json
from collections import OrderedDict
from decimal import Decimal
import datetime
import enum


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, datetime.date):
            return {"__date__": o.isoformat()}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)


def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    if "__date__" in d:
        return datetime.date.fromisoformat(d["__date__"])
    return d


doc = {
    "name": "Widget \u2013 \"deluxe\"",
    "tags": {"b", "a", "c"},
    "price": Decimal("19.99"),
    "stock": [{"loc": "A1", "qty": 3, "pos": Point(1, 2)}, {"loc": "B2", "qty": 0, "pos": Point(-1, 0.5)}],
    "released": datetime.date(2023, 5, 17),
    "ratio": 1 / 3,
    "big": 2 ** 70,
    "flags": [True, False, None],
    "color": Color.GREEN,
    "nested": {"z": {"y": {"x": []}}, "empty": {}},
    "unicode": "naïve ☃ \U0001f600",
    10: "int key",
    None: "none key",
    2.5: "float key",
}

s = json.dumps(doc, cls=Encoder)
print(s)
print(json.dumps(doc, cls=Encoder, indent=2, sort_keys=False, ensure_ascii=False)[:400])
compact = json.dumps({"a": [1, 2, {"b": None}], "c": "d"}, separators=(",", ":"))
print(compact, len(compact))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent="\t"))
back = json.loads(s, object_hook=hook)
print(back["stock"], back["released"], type(back["released"]).__name__)
print(back["10"], back["null"], back["2.5"], back["big"], back["ratio"] == 1 / 3)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=Decimal, parse_int=lambda s: int(s) * 10))
print(json.loads('[1, 2]', object_pairs_hook=OrderedDict), json.loads('{"x": 1, "x": 2}'))
pairs = json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda p: p)
print(pairs)
print(json.dumps(float("inf")), json.dumps([float("nan"), -float("inf")]))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", '"\\x"', "tru", "", "[1] x", '{"a" 1}', "NaN", "-Infinity", "01"]:
    try:
        print(repr(bad), "->", json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "!!", e.msg, e.lineno, e.colno, e.pos, "|", e)
try:
    json.dumps({"a": object})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps("\u0000\x1f\t\n\\/ é", ensure_ascii=True), json.dumps("é", ensure_ascii=False))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(json.dumps([1, [2, [3, []]]], indent=0))
print(json.dumps({"k": [1, 2]}, indent=3, separators=(",", " = ")))
print(json.dumps(Color.RED), json.dumps(True), json.dumps({True: 1, False: 2}))
