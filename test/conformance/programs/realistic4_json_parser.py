# A hand-written JSON parser with line/column error reporting, checked against the json
# module: round trips, json.dumps options (indent, sort_keys, separators, ensure_ascii,
# default=, cls=JSONEncoder subclass), object_hook/object_pairs_hook/parse_float, and
# JSONDecodeError messages, positions, lineno/colno for a set of broken documents.
import json
from decimal import Decimal
from collections import OrderedDict
from datetime import date


class ParseError(Exception):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - text.rfind("\n", 0, pos)
        super().__init__(f"{msg} at line {line} col {col}")
        self.pos = pos


class Parser:
    ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text, self.i = text, 0

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\r\n":
            self.i += 1

    def fail(self, msg):
        raise ParseError(msg, self.text, self.i)

    def parse(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i != len(self.text):
            self.fail("extra data")
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.fail("unexpected end")
        c = self.text[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.text[self.i:self.i + 1] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.text[self.i:self.i + 1] != '"':
                self.fail("expected key")
            k = self.string()
            self.ws()
            if self.text[self.i:self.i + 1] != ":":
                self.fail("expected ':'")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.text[self.i:self.i + 1]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                self.i -= 1
                self.fail("expected ',' or '}'")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.text[self.i:self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.text[self.i:self.i + 1]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.i -= 1
                self.fail("expected ',' or ']'")

    def string(self):
        self.i += 1
        buf = []
        while True:
            if self.i >= len(self.text):
                self.fail("unterminated string")
            c = self.text[self.i]
            if c == '"':
                self.i += 1
                return "".join(buf)
            if c == "\\":
                e = self.text[self.i + 1:self.i + 2]
                if e == "u":
                    buf.append(chr(int(self.text[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                if e not in self.ESC:
                    self.fail(f"bad escape \\{e}")
                buf.append(self.ESC[e])
                self.i += 2
                continue
            buf.append(c)
            self.i += 1

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        tok = self.text[start:self.i]
        if not tok:
            self.fail(f"unexpected character {self.text[start]!r}")
        try:
            return int(tok) if tok.lstrip("-").isdigit() else float(tok)
        except ValueError:
            self.i = start
            self.fail(f"bad number {tok!r}")


doc = '''{"name": "Widget", "tags": ["a", "b\\u00e9", "tab\\tbed"], "price": 12.50, "qty": -3,
 "dims": {"w": 1e3, "h": 2.5E-2, "deep": [[], {}, [null, true, false]]}, "esc": "q\\"uote\\\\slash\\/"}'''
mine = Parser(doc).parse()
ref = json.loads(doc)
print(mine == ref, mine)
print(json.dumps(ref, indent=2, sort_keys=True))
print(json.dumps(ref, separators=(",", ":"), ensure_ascii=False))
print(json.dumps({"é": "ü", "emoji": "\U0001F600", "ctl": "\x01"}), json.dumps([1.0, 1e20, 1e-7, float("inf"), -0.0]))
print(json.dumps({3: "int key", 2.5: "float", True: "bool", None: "none"}), json.dumps((1, 2)), json.dumps("x" * 3))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)


payload = {"when": date(2024, 2, 29), "ids": {3, 1, 2}, "amount": Decimal("9.99")}
text = json.dumps(payload, cls=Encoder, indent="\t")
print(text)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


print(json.loads(text, object_hook=hook))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=OrderedDict), json.loads('{"b": 1, "b": 3}'))
print(json.loads("[1.1, 2.25]", parse_float=Decimal), json.loads("[1, 2]", parse_int=lambda s: int(s) * 10), json.loads("NaN"), json.loads("[-Infinity]"))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"k": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError:", e)
broken = ['{"a": 1,}', '[1, 2', '{"a" 1}', '{a: 1}', '"abc', '[1, 2]]', "", "  ", '{"x": tru}', '[01]',
          '{"a":\n  [1,\n   2,,]}', '"\\x"', '[1e]', '{"a": 1 "b": 2}', "\u00a0[]", '"tab\there"', '[-]', "[.5]"]
for b in broken:
    try:
        Parser(b).parse()
        mine_msg = "ok"
    except ParseError as e:
        mine_msg = str(e)
    except (IndexError, ValueError) as e:
        mine_msg = f"internal {type(e).__name__}"
    try:
        json.loads(b)
        ref_msg = "ok"
    except json.JSONDecodeError as e:
        ref_msg = f"{e.msg} (pos {e.pos}, line {e.lineno}, col {e.colno})"
    print(f"{b!r:<28} mine: {mine_msg:<40} json: {ref_msg}")
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode("[2] [3]", 4) if False else dec.raw_decode("  [2]"[2:]))
print(json.dumps("</script>"), json.dumps({"a": [1, {"b": None}]}, indent=0), json.dumps([], indent=4), json.dumps({}, indent=4))
