# A web-server log analyser built on re: verbose patterns with named groups, finditer spans,
# sub with a function and with group references, split with captures, lookarounds,
# fullmatch/match/search differences, flags, Match object API, and re.error messages.
import re
from collections import Counter, defaultdict
from datetime import datetime

LOG = """\
192.168.1.10 - ann [10/Oct/2023:13:55:36 +0200] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.7 - - [10/Oct/2023:13:56:01 +0200] "POST /api/login HTTP/1.1" 401 87 "https://x.org/" "curl/8.0"
10.0.0.7 - bob [10/Oct/2023:13:56:09 +0200] "POST /api/login HTTP/1.1" 200 112 "-" "curl/8.0"
192.168.1.10 - ann [10/Oct/2023:13:57:12 +0200] "GET /img/logo.png HTTP/1.1" 304 0 "-" "Mozilla/5.0"
172.16.0.3 - - [10/Oct/2023:14:01:44 +0200] "GET /admin/../etc/passwd HTTP/1.0" 403 153 "-" "sqlmap/1.7"
malformed line without the usual fields
172.16.0.3 - - [10/Oct/2023:14:02:00 +0200] "DELETE /api/users/42 HTTP/1.1" 500 0 "-" "sqlmap/1.7"
"""

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})      # client address
    \s-\s(?P<user>\S+)                     # remote user or '-'
    \s\[(?P<when>[^\]]+)\]                 # timestamp
    \s"(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>HTTP/\d\.\d)"
    \s(?P<status>\d{3})\s(?P<size>\d+)
    \s"(?P<referer>[^"]*)"\s"(?P<agent>[^"]*)"$
""", re.VERBOSE)

records, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    d["when"] = datetime.strptime(d["when"], "%d/%b/%Y:%H:%M:%S %z")
    d["status"], d["size"] = int(d["status"]), int(d["size"])
    records.append(d)
    if n == 1:
        print(m.span("path"), m.start("status"), m.end(), m.group("ip", "user"), m.lastgroup, m.lastindex, len(m.groups()))
        print(m.re is LINE, m.pos, m.endpos, m.string[:12], m.expand(r"\g<method> \g<path> -> \g<status>"))
print(f"{len(records)} parsed, bad lines {bad}")
by_status = Counter(r["status"] // 100 * 100 for r in records)
print(sorted(by_status.items()), Counter(r["ip"] for r in records).most_common(2))
per_user = defaultdict(int)
for r in records:
    per_user[r["user"]] += r["size"]
print(dict(per_user))
span = records[-1]["when"] - records[0]["when"]
print("span", span, span.total_seconds(), records[0]["when"].isoformat(), records[0]["when"].utcoffset())
suspicious = re.compile(r"\.\./|sqlmap|(?i:etc/passwd)")
print([r["ip"] for r in records if suspicious.search(r["path"] + r["agent"])])
mask = re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", r"\1.\2.x.x", LOG.splitlines()[0])
print(mask)
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333", count=2))
print(re.subn(r"(?<=\s)-(?=\s)", "~", LOG.splitlines()[1]))
print(re.split(r"(\s*[,;]\s*)", "a , b;c ;d"), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.findall(r"(\w+)=(\d+)", "a=1 b=22 c=x d=4"), re.findall(r"\b\w{4}\b", "this line has some four word bits"))
for m in re.finditer(r"(?P<num>\d+)(?P<unit>ms|s)\b", "took 15ms then 3s then 40 ms and 7s"):
    print(m.group("num"), m["unit"], m.span(), end="; ")
print()
print(bool(re.fullmatch(r"\d+", "123")), bool(re.fullmatch(r"\d+", "123a")), re.match(r"a", "ba"), re.search(r"a", "ba").start())
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"(?i)hello", "Hello HELLO"))
print(re.escape("1+1=2? (yes)"), re.sub(r"(?P<w>\w+)@(\w+)", r"\2 at \g<w>", "ann@home bob@work"))
print(re.match(r"(a)(b)?(c)", "ac").groups(), re.match(r"(a)(b)?(c)", "ac").groups("-"), re.match(r"(?:x)+", "xxx").group())
print(re.findall(r"\d+(?=%)", "10% of 200 is 20%"), re.findall(r"(?<!\$)\b\d+\b", "$100 and 200"), re.sub(r"^", "> ", "a\nb", flags=re.M))
pat = re.compile(r"(?P<key>[a-z]+):\s*(?P<val>.*?)\s*(?:;|$)")
print([m.groupdict() for m in pat.finditer("host: example.org; port:  8080 ;mode:fast")])
print(pat.pattern[:20], pat.groups, sorted(pat.groupindex.items()), pat.flags & re.UNICODE != 0)
print(re.compile(r"x", re.I | re.M).flags & (re.I | re.M) == re.I | re.M, re.I, repr(re.I | re.S), re.NOFLAG if hasattr(re, "NOFLAG") else 0)
print(repr(re.compile(r"ab+c", re.IGNORECASE)), repr(re.match(r"b+", "bbbc")))
for bad_pat in [r"(abc", r"abc)", r"[a-", r"*a", r"a{2,1}", r"(?P<n>a)(?P<n>b)", r"\k", r"(?<=a+)b", r"a**", r"(?P<1x>a)"]:
    try:
        re.compile(bad_pat)
    except re.error as e:
        print(f"{bad_pat!r:>18}: {e} | pos={e.pos}")
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("template:", e)
tokens = re.compile(r"\s*(?:(?P<NUM>\d+\.?\d*)|(?P<OP>[-+*/()])|(?P<ERR>.))")
print([(m.lastgroup, m.group(m.lastgroup)) for m in tokens.finditer("3.5 * (2 + 10) / x")])
