# JSON with custom encoders/decoders: default=, cls=JSONEncoder subclass, object_hook, object_pairs_hook, parse_float, errors
import json
from dataclasses import dataclass, asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from collections import OrderedDict

class Status(Enum):
    ACTIVE = "active"
    CLOSED = "closed"

@dataclass
class Order:
    id: int
    placed: date
    total: Decimal
    status: Status
    items: list
    ratio: Fraction = Fraction(1, 3)

class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if is_dataclass(o):
            return {"__type__": type(o).__name__, **asdict(o)}
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__decimal__": str(o)}
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, Fraction):
            return [o.numerator, o.denominator]
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

def decode_hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__decimal__" in d:
        return Decimal(d["__decimal__"])
    if d.get("__type__") == "Order":
        d = dict(d)
        del d["__type__"]
        d["status"] = Status(d["status"])
        d["ratio"] = Fraction(*d["ratio"])
        return Order(**d)
    return d

orders = [Order(1, date(2024, 3, 1), Decimal("19.99"), Status.ACTIVE, ["pen", "ink"]),
          Order(2, date(2024, 3, 2), Decimal("5.00"), Status.CLOSED, [], Fraction(2, 5))]
text = json.dumps(orders, cls=AppEncoder, indent=2)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back == orders, back[1])
print(json.dumps({"tags": {3, 1, 2}, "when": datetime(2024, 1, 2, 3, 4, 5)}, cls=AppEncoder, sort_keys=True))
print(json.dumps(orders[0], default=lambda o: str(o)))
try:
    json.dumps({"x": object()}, cls=AppEncoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True), json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps([1.0, float("inf"), float("nan"), -0.0, 1e100, 12345678901234567890]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps("naïve ☃ \u2028 \x00 \"q\" \\"), json.dumps("naïve ☃", ensure_ascii=False))
print(json.dumps({"b": [1, {"c": None}], "a": True}, separators=(",", ":"), sort_keys=True))
print(json.dumps({"a": [1, 2], "b": {}}, indent="\t"), json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=0))
pairs = json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=list)
print(pairs, json.loads('{"z": 1, "a": 2, "z": 3}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.1, 2.50, 1e2]", parse_float=Decimal), json.loads("[1, 22]", parse_int=lambda s: int(s) * 10), json.loads("[NaN, -Infinity]", parse_constant=lambda c: c.lower()))
for bad in ('{"a": 1,}', "[1, 2", '{"a" 1}', "", "[1] x", '"\\x"', "{'a': 1}", '[1, 2]]', "tru", '"abc', "01", "[-]"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:14} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"a": 1} trailing')
print(obj, end)
enc = json.JSONEncoder(sort_keys=True, indent=None)
print(list(enc.iterencode({"b": 1, "a": [1, 2]})), enc.encode("x"))
class Temp(float):
    def __repr__(self):
        return "TEMP"
class Name(str):
    pass
class Counts(dict):
    pass
print(json.dumps([Temp(1.5), Name("n"), Counts(a=1), (1, 2), True, None]))
