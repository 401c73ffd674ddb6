"""A packet builder and scanner over one shared buffer: struct.pack_into through memoryviews,
iter_unpack over slices, bytes regexes run directly on memoryview windows, zero-copy parsing."""
import re
import struct
import zlib
from collections import Counter
from dataclasses import dataclass

HEADER = struct.Struct(">BBHI")       # version, kind, length, crc of payload
KINDS = {1: "PING", 2: "DATA", 3: "LOG", 4: "BYE"}
LOG_LINE = re.compile(rb"(?P<level>INFO|WARN|ERROR) (?P<code>\d{3}) (?P<msg>[^\n]*)")


@dataclass
class Packet:
    offset: int
    kind: str
    payload: memoryview

    def __repr__(self):
        return f"Packet(@{self.offset}, {self.kind}, {len(self.payload)} bytes)"


class Builder:
    def __init__(self, size):
        self.buf = bytearray(size)
        self.view = memoryview(self.buf)
        self.pos = 0

    def add(self, kind, payload):
        need = HEADER.size + len(payload)
        if self.pos + need > len(self.buf):
            raise OverflowError(f"no room for {need} bytes at {self.pos}")
        window = self.view[self.pos:self.pos + need]
        HEADER.pack_into(window, 0, 1, kind, len(payload), zlib.crc32(payload))
        window[HEADER.size:] = payload
        self.pos += need
        return self

    def data(self):
        return self.view[:self.pos]


def scan(view):
    pos = 0
    while pos < len(view):
        version, kind, length, crc = HEADER.unpack_from(view, pos)
        body = view[pos + HEADER.size:pos + HEADER.size + length]
        if version != 1 or zlib.crc32(body) != crc:
            raise ValueError(f"corrupt packet at {pos}: version {version}, crc {crc:#x} vs {zlib.crc32(body):#x}")
        yield Packet(pos, KINDS.get(kind, f"?{kind}"), body)
        pos += HEADER.size + length


samples = struct.pack("<8h", 10, -20, 30, -40, 500, -600, 7000, -8000)
logs = b"INFO 200 started\nWARN 301 slow disk\nERROR 500 crashed: out of memory\nINFO 204 idle\n"
b = Builder(256)
b.add(1, b"").add(2, samples).add(3, logs).add(2, struct.pack("<2h", 1, 2)).add(4, b"bye")
print("built", b.pos, "bytes; header size", HEADER.size)
packets = list(scan(b.data()))
print(packets)
print(Counter(p.kind for p in packets))

for p in packets:
    if p.kind == "DATA":
        values = [v for (v,) in struct.iter_unpack("<h", p.payload)]
        pairs = list(struct.iter_unpack("<hh", p.payload))
        print(f"  data @{p.offset}: {values} pairs={pairs[:2]} mean={sum(values) / len(values):.1f}")
    elif p.kind == "LOG":
        for m in LOG_LINE.finditer(p.payload):
            print(f"  log {m['level'].decode():5} {int(m['code'])} {m['msg'].decode()!r} span={m.span()}")
        errors = LOG_LINE.findall(p.payload)
        print("  levels:", Counter(level for level, _, _ in errors))
        print("  masked:", re.sub(rb"\d", b"#", p.payload[:25]))
        print("  words:", re.split(rb"\s+", p.payload[:30].tobytes().strip()))

# mutate one payload in place through its view: the checksum no longer matches
victim = packets[2].payload
victim[0:4] = b"FAIL"
print(bytes(b.buf[packets[2].offset + HEADER.size:][:8]))
try:
    list(scan(b.data()))
except ValueError as e:
    print("ValueError:", e)

# patch the checksum back in place, through another window
start = packets[2].offset
struct.pack_into(">I", b.view, start + 4, zlib.crc32(victim))
print([p.kind for p in scan(b.data())])
print(re.search(rb"FAIL \d+", victim).group(), re.escape(victim[:9]))

# a read-only view cannot be packed into
ro = b.data().toreadonly()
for target in (ro, bytes(b.data())):
    try:
        HEADER.pack_into(target, 0, 1, 1, 0, 0)
    except TypeError as e:
        print("TypeError:", e)
try:
    Builder(16).add(2, samples)
except OverflowError as e:
    print("OverflowError:", e)
b.view.release()
try:
    b.data()
except ValueError as e:
    print("ValueError:", e)
