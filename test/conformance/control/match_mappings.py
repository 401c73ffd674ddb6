# Mapping patterns: dicts and subclasses, keys looked up with get(), **rest.
from collections import OrderedDict

def m(x):
    match x:
        case {}:
            if not x:
                return "empty mapping"
            return f"some mapping of {len(x)}"

def kind(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest} if r > 0:
            return f"circle {r} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {1: one, -2: minus_two, 2.5: f, None: n, False: t}:
            return f"literal keys {one} {minus_two} {f} {n} {t}"
        case {**rest}:
            return f"rest only {rest}"
        case _:
            return "not a mapping"

print(m({}), m({1: 2}), m([]) )
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 2, "c": "red", "a": 1},
          {"type": "circle", "r": 0}, {"type": "square"}, {1: "a", -2: "b", 2.5: "c", None: "d", False: "e"},
          {"other": 1}, [("type", "point")], "type"]:
    print(v, "->", kind(v))

class Tracking(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return dict.get(self, key, default)

match Tracking(a=1, b=2):
    case {"a": 1, "c": 3}:
        print("no")
    case {"b": b, "a": a}:
        print("tracking", a, b)

class Defaulting(dict):
    def __missing__(self, key):
        return "missing"

match Defaulting(a=1):
    case {"a": a, "zz": z}:
        print("__missing__ is not used by get:", z)
    case {"a": a}:
        print("only a", a)

match OrderedDict(x=1):
    case {"x": x}:
        print("OrderedDict", x)

class Config:
    KEY = "name"

match {"name": "tpy", "version": 1}:
    case {Config.KEY: name, **others}:
        print("attribute key", name, others)

# Nested mapping and sequence.
match {"items": [1, 2, {"id": 7}]}:
    case {"items": [_, _, {"id": ident}]}:
        print("nested id", ident)

# Values are compared after the get succeeds.
match {"a": 2}:
    case {"a": 1}:
        print("no")
    case {"a": 2 | 3 as v}:
        print("or in mapping", v)
