# JSON round trip: dumps options (indent, sort_keys, separators, ensure_ascii, default), hooks, decode errors
import json
from datetime import date
data = {
    "name": "Zoë", "age": 30, "tags": ["a", "β", "c"], "nested": {"z": 1, "a": [1, 2.5, None, True, False]},
    "empty": {}, "elist": [], "unicode": "snow ☃ and emoji 😀", "esc": "quote\" back\\ nl\n tab\t ctrl\x01",
    "big": 10**20, "neg": -0.0, "float": 1e-7, "f2": 3.0, "f3": 1.5e300,
}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps(data["nested"], indent="\t"))
print(json.dumps([1, [2, [3, {}]], {"k": []}], indent=0))
print(json.dumps({"a": 1}, indent=4, separators=(", ", ": ")))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
back = json.loads(json.dumps(data))
print(back == data, back["unicode"], back["esc"])
def enc(o):
    if isinstance(o, date):
        return {"__date__": o.isoformat()}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
s = json.dumps({"d": date(2024, 2, 29), "s": {3, 1, 2}}, default=enc, sort_keys=True)
print(s)
def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d
print(json.loads(s, object_hook=hook))
try:
    json.dumps({"x": object})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"abc', '[1] x', '', '{"a": 01}', "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:14} -> {e.msg} | line {e.lineno} col {e.colno} pos {e.pos} | {e}")
print(json.loads('[1.0, 1e2, -0, 1E-2, "\\u00e9\\ud83d\\ude00"]'))
print(json.loads("NaN"), json.loads("[Infinity, -Infinity]"), json.dumps(float("nan")))
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
from collections import OrderedDict
print(json.loads('{"b":1,"a":2,"b":3}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1.5, "y": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2 + 3j], cls=MyEnc))
print(MyEnc(indent=1).encode({"c": 1 - 1j}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
import io
buf = io.StringIO()
json.dump(data["nested"], buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
print(json.dumps("\u2028\u2029"), json.dumps("\x7f"), json.dumps(True), json.dumps(None), json.dumps(12345678901234567890.0))
print(json.dumps(1/3), json.dumps(0.1 + 0.2), json.dumps(-1e-320), json.dumps(2.0 ** 70))
