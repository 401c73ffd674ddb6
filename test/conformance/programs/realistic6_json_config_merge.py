"""Layered configuration: json with hooks, ChainMap, deep merge recursion, custom encoder, pprint."""
import json
import pprint
from collections import ChainMap, OrderedDict
from dataclasses import dataclass, is_dataclass, asdict
from datetime import date, datetime
from enum import Enum, IntEnum
from pathlib import PurePosixPath
from types import SimpleNamespace, MappingProxyType


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


class Mode(Enum):
    FAST = "fast"
    SAFE = "safe"


@dataclass
class Endpoint:
    host: str
    port: int = 80


class Encoder(json.JSONEncoder):
    def default(self, o):
        if is_dataclass(o):
            return {"__dc__": type(o).__name__, **asdict(o)}
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, PurePosixPath):
            return str(o)
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if d.get("__dc__") == "Endpoint":
        return Endpoint(d["host"], d["port"])
    return d


def deep_merge(base, over, path=()):
    out = dict(base)
    for k, v in over.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v, path + (k,))
        elif k in out and type(out[k]) is not type(v) and out[k] is not None:
            raise TypeError(f"{'.'.join(path + (k,))}: {type(out[k]).__name__} vs {type(v).__name__}")
        else:
            out[k] = v
    return out


defaults = {
    "app": {"name": "demo", "mode": Mode.SAFE, "level": Level.INFO, "tags": {"b", "a"}},
    "db": {"endpoint": Endpoint("localhost", 5432), "pool": 5, "timeout": None},
    "paths": {"root": PurePosixPath("/srv/demo"), "logs": PurePosixPath("/srv/demo") / "logs"},
    "since": date(2024, 1, 31),
}
text = json.dumps(defaults, cls=Encoder, indent=2, sort_keys=True)
print(text)
loaded = json.loads(text, object_hook=decode_hook)
print(loaded["db"]["endpoint"], loaded["app"]["level"] == Level.INFO, Level(loaded["app"]["level"]).name)

site = json.loads('{"db": {"pool": 20, "timeout": 2.5}, "app": {"level": 10}, "extra": [1, 2.0, "3", null, true]}')
user = {"app": {"name": "mine"}, "db": {"endpoint": Endpoint("db.internal", 6543)}}
merged = deep_merge(deep_merge(loaded, site), user)
pprint.pprint(merged, width=72, sort_dicts=True)
try:
    deep_merge(merged, {"db": {"pool": "many"}})
except TypeError as e:
    print("TypeError:", e)

env = {"pool": "3"}
cm = ChainMap(env, site["db"], {"pool": 1, "retries": 4})
print(cm["pool"], cm["retries"], len(cm), sorted(cm), cm.maps[1] is site["db"])
child = cm.new_child({"retries": 0})
child["x"] = 1
print(child["retries"], child.parents["retries"], dict(child.maps[0]), "x" in cm)

ro = MappingProxyType({"a": 1})
try:
    ro["b"] = 2
except TypeError as e:
    print("TypeError:", e)
ns = SimpleNamespace(**merged["app"])
print(ns.name, ns.level, ns == SimpleNamespace(**merged["app"]))
print(repr(SimpleNamespace(a=1, b=[2]))[:40])

od = OrderedDict.fromkeys("cab", 0)
od.move_to_end("c")
od["a"] += 5
print(od, list(reversed(od)), od.popitem(last=False))
print(json.dumps([float("1e16"), 1.5, -0.0, 10**20, "é\u2603", {"k": (1, 2)}], ensure_ascii=True))
print(json.dumps({"z": 1, "a": [1, {"b": 2}]}, indent="\t", separators=(",", ": ")).splitlines())
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "NaN", '"\\x"', "", "[1] x"]:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(f"{bad!r:12} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
try:
    json.dumps({"when": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads("1.10", parse_float=str), json.loads("[Infinity]"))
pprint.pprint([list(range(12)), {"deep": {"deeper": {"deepest": list("abcdefghij")}}}], width=40)
print(pprint.pformat({"x": Endpoint("h"), "y": Level.ERROR, "z": Mode.FAST}, width=30))
