# A streaming ETL pipeline of generators (read -> parse -> enrich -> window), driven by a
# consumer; a malformed record makes the parse stage raise deep inside the chain, and the
# traceback shows every generator frame between the consumer loop and the failing line.
import itertools
from collections import deque

RAW = """\
2024-01-01,temp,21.5
2024-01-01,hum,40
2024-01-02,temp,22.0
2024-01-02,hum,38
2024-01-03,temp,19.0
2024-01-03,hum,n/a
2024-01-04,temp,18.5
"""


def read(text):
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield n, line


def parse(lines):
    for n, line in lines:
        day, kind, value = line.split(",")
        yield {"line": n, "day": day, "kind": kind, "value": float(value)}


def enrich(records, units):
    for r in records:
        r["unit"] = units.get(r["kind"], "?")
        yield r


def window(records, size):
    buf = deque(maxlen=size)
    for r in records:
        buf.append(r["value"])
        yield r, sum(buf) / len(buf)


def by_kind(records, kind):
    return (r for r in records if r["kind"] == kind)


units = {"temp": "C", "hum": "%"}
first = list(itertools.islice(enrich(parse(read(RAW)), units), 3))
print([(r["day"], r["kind"], r["value"], r["unit"]) for r in first])
temps = window(by_kind(enrich(parse(read(RAW)), units), "temp"), 2)
for rec, avg in temps:
    print(f"{rec['day']} {rec['value']:5.1f}{rec['unit']}  moving avg {avg:.2f}")
print("humidity:")
for rec, avg in window(by_kind(enrich(parse(read(RAW)), units), "hum"), 3):
    print(f"{rec['day']} {rec['value']:5.1f}{rec['unit']}  moving avg {avg:.2f}")
