# A regex-driven tokenizer and log miner: named groups, finditer, sub with functions, split, lookarounds, flags, Scanner
import re
from collections import Counter, namedtuple

Token = namedtuple("Token", "kind value line col")
SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("IDENT", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/%=<>(){},;]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|\#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in SPEC))
KEYWORDS = {"if", "else", "while", "print", "let"}

def tokenize(code):
    line, start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - start
        if kind == "NUMBER":
            value = float(value) if "." in value or "e" in value.lower() else int(value)
        elif kind == "IDENT" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "STRING":
            value = bytes(value[1:-1], "utf-8").decode("unicode_escape")
        elif kind == "NEWLINE":
            start, line = m.end(), line + 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at line {line} col {col}")
        yield Token(kind, value, line, col)

src = '''let total = 0   # running sum
while total < 10 {
    total = total + 2.5e0;
    print("step\\t", total)
}
if total != 10 { print("odd") } else { print("even") }
'''
toks = list(tokenize(src))
for t in toks[:8]:
    print(t)
print(Counter(t.kind for t in toks).most_common())
try:
    list(tokenize("let x = 3 @ 4"))
except SyntaxError as e:
    print("SyntaxError:", e)

LOG = """2024-03-01 12:00:01 INFO  [auth] user=alice ip=10.0.0.5 login ok
2024-03-01 12:00:07 WARN  [auth] user=bob ip=10.0.0.9 bad password (attempt 2)
2024-03-01 12:01:13 ERROR [db] timeout after 30.5s query="SELECT * FROM t"
2024-03-01 12:02:00 INFO  [auth] user=alice ip=10.0.0.5 logout
2024-03-02 08:15:42 ERROR [api] status=503 path=/v1/items latency=1200ms
2024-03-02 08:16:00 INFO  [api] status=200 path=/v1/items latency=35ms"""
LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>[\d:]{8})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<comp>\w+)\]\s
    (?P<msg>.*)$
""", re.VERBOSE | re.MULTILINE)
entries = [m.groupdict() for m in LINE.finditer(LOG)]
print(len(entries), entries[2])
by_level = Counter(e["level"] for e in entries)
print(sorted(by_level.items()))
kv = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")
for e in entries:
    print(e["comp"], dict(kv.findall(e["msg"])))
print(re.findall(r"(?<=ip=)[\d.]+", LOG), re.findall(r"\d+(?=ms)", LOG), re.findall(r"(?<!\d)\d{3}(?!\d)", "503 1200 35 200"))
print(re.sub(r"user=(\w+)", lambda m: "user=" + m.group(1)[0] + "***", LOG.splitlines()[0]))
print(re.sub(r"(\d+)ms", r"\1 ms", LOG.splitlines()[-1]), re.subn(r"\s+", " ", "a   b \t c\n d"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "from 2024-03-01 to 2024-03-02"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\b", "hi there", maxsplit=2), re.split("x*", "axbc"))
m = re.search(r"(?P<key>\w+)\s*=\s*(?P<val>\d+)", "  width = 42;")
print(m.group(0), m.group("key", "val"), m.span("val"), m.start(), m.end(), m.groups(), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(m.expand(r"\g<val>:\g<key>"), m["key"], repr(m))
print(re.fullmatch(r"[a-z]+\d?", "abc1"), re.fullmatch(r"[a-z]+", "abc1"), re.match(r"a|ab", "ab").group(), re.match(r"(a)(b)?", "a").groups("-"))
print(re.findall(r"(a)(b)?", "aab"), re.findall(r"\w+@\w+\.(?:com|org)", "x@y.com, z@w.org, bad@q.net"), re.escape("a.b*c?"), re.IGNORECASE | re.DOTALL)
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"(?i)hello", "Hello HELLO hi"), re.findall(r"[[:alpha:]]", "ab") if False else "")
pat = re.compile(r"(\w)\1")
print(pat.findall("aabbcd"), pat.sub("<>", "hello committee"), pat.search("xyz"), pat.flags & re.UNICODE != 0, pat.groups, re.compile(r"(?P<a>x)(?P<b>y)").groupindex)
scanner = re.Scanner([
    (r"\d+", lambda s, t: ("INT", int(t))),
    (r"[a-z]+", lambda s, t: ("WORD", t)),
    (r"\s+", None),
])
print(scanner.scan("abc 12 de 7 !x"))
for bad in (r"(unclosed", r"a{2,1}", r"[z-a]", r"(?P<1x>a)", r"\k", "*a"):
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e, "| pos", e.pos)
print(re.sub(r"a", lambda m: None or "", "banana"), re.sub("", "-", "abc"), re.sub(r"\d", r"\\d", "a1"), re.purge())
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
