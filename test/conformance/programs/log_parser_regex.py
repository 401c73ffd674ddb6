# Log file analyser: regexes with named groups, backrefs, lookarounds, flags, scoped flags
import re
from collections import Counter, defaultdict
from datetime import datetime

LOG = """\
2024-03-01 12:00:01,123 INFO  [web-1] GET /index.html 200 512B 12ms user=alice
2024-03-01 12:00:02,005 WARN  [web-2] GET /api/items?id=5 404 0B 3ms user=-
2024-03-01 12:00:02,777 ERROR [web-1] POST /api/login 500 1KB 250ms user=bob
  Traceback (most recent call last):
    File "app.py", line 10, in login
  KeyError: 'password'
2024-03-01 12:00:03,100 info  [web-3] GET /static/app.js 304 0B 1ms user=alice
2024-03-01 12:01:00,000 DEBUG [worker] job=cleanup took=1.5s
2024-03-01 12:01:30,500 INFO  [web-2] DELETE /api/items/7 204 0B 8ms user=carol
2024-03-01 12:02:00,000 ERROR [web-3] GET /api/report 503 2KB 1200ms user=bob
"""

ENTRY = re.compile(r"""
    ^(?P<ts>\d{4}-\d\d-\d\d\ \d\d:\d\d:\d\d),(?P<ms>\d{3})\s+
    (?P<level>(?i:info|warn|error|debug))\s+
    \[(?P<src>[\w-]+)\]\s+
    (?P<rest>.*)$
""", re.X | re.M)
REQ = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+?)(?:\?(?P<query>\S*))? (?P<status>\d{3}) (?P<size>\d+)(?P<unit>K?B) (?P<dur>\d+)ms user=(?P<user>[\w-]+)")

entries = []
for m in ENTRY.finditer(LOG):
    d = m.groupdict()
    d["time"] = datetime.strptime(d["ts"], "%Y-%m-%d %H:%M:%S").replace(microsecond=int(d["ms"]) * 1000)
    d["level"] = d["level"].upper()
    entries.append(d)
print(len(entries), Counter(e["level"] for e in entries).most_common())
reqs = []
for e in entries:
    r = REQ.fullmatch(e["rest"])
    if r:
        q = dict(kv.split("=") for kv in r["query"].split("&")) if r["query"] else {}
        size = int(r["size"]) * (1024 if r["unit"] == "KB" else 1)
        reqs.append((e["src"], r["method"], r["path"], int(r["status"]), size, int(r["dur"]), r["user"], q))
for req in reqs:
    print(req)
by_user = defaultdict(list)
for src, method, path, status, size, dur, user, q in reqs:
    by_user[user].append(dur)
print({u: (len(d), sum(d), max(d)) for u, d in sorted(by_user.items())})
errors = [e for e in entries if e["level"] == "ERROR"]
print([(e["time"].isoformat(timespec="milliseconds"), e["src"]) for e in errors])
tb = re.search(r"^\s+Traceback.*?\n(?:\s{2,}.*\n)+", LOG, re.M | re.S)
print(repr(tb.group()))
print(re.findall(r"(?<=user=)(?!-)\w+", LOG), re.findall(r"\b(\d+)(?=ms)", LOG))
print(re.findall(r"(?<![\w/])/api/\w+", LOG))
print(re.sub(r"user=(\w+)", lambda m: "user=" + m[1][0] + "*" * (len(m[1]) - 1), LOG.splitlines()[0]))
print(re.findall(r"\b(\w)(\w)\2\1\b", "abba anna noon xyzzy otto aa"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"there\"").group())
span = entries[-1]["time"] - entries[0]["time"]
print(span, span.total_seconds())
print(re.split(r"(?m)^(?=\d{4})", LOG)[1][:20], len(re.split(r"\n(?=\d{4}-)", LOG.strip())))
print(re.match(r"(?i)error", "ERROR x").group(), re.match(r"(?s).+", "a\nb").group(), re.findall(r"^\w+", "a b\nc d", flags=re.M))
print(re.compile(r"a(?#comment)b").match("ab"), re.findall(r"[^\W\d_]+", "ab_12 cd3"), re.findall(r"\d+(?:\.\d+)?", "1.5 and 22 and 3."))
print(re.sub(r"(?P<word>\b\w+\b) (?P=word)", r"\g<word>", "the the quick brown brown fox"), re.sub(r"x*", "-", "abxd"))
print(re.search(r"\Aab", "ab"), re.search(r"b\Z", "ab\n"), re.search(r"b$", "ab\n").span(), re.ASCII == re.A, bool(re.search(r"\w", "é", re.ASCII)))
print(repr(re.compile("x", re.I)), re.compile("x", re.I | re.M).flags)
