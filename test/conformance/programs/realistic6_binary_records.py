"""A binary record format: struct, bytes/bytearray/memoryview, int.to_bytes, crc, hex dumps."""
import struct
import zlib
import binascii
import base64
import hashlib
from io import BytesIO
from enum import IntFlag

MAGIC = b"RCD1"
HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<IhdB7s")


class Flags(IntFlag):
    NONE = 0
    DELETED = 1
    HIDDEN = 2
    PINNED = 4


def encode(records):
    body = bytearray()
    for rid, temp, value, flags, name in records:
        body += RECORD.pack(rid, temp, value, flags, name.encode("utf-8")[:7])
    crc = zlib.crc32(body)
    return HEADER.pack(MAGIC, 1, len(records), crc) + bytes(body)


def decode(blob):
    magic, version, count, crc = HEADER.unpack_from(blob, 0)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    body = memoryview(blob)[HEADER.size:]
    if zlib.crc32(body) != crc:
        raise ValueError(f"crc mismatch: {zlib.crc32(body):#010x} != {crc:#010x}")
    for rid, temp, value, flags, name in RECORD.iter_unpack(body):
        yield rid, temp, value, Flags(flags), name.rstrip(b"\0").decode("utf-8", "replace")


def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hx = chunk.hex(" ")
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hx:<{width * 3}} |{text}|")


records = [(1, -40, 3.5, Flags.PINNED, "alpha"), (2, 125, -0.001, Flags.DELETED | Flags.HIDDEN, "βeta"),
           (70000, 0, 1e300, 0, "gammaray")]
blob = encode(records)
print(len(blob), HEADER.size, RECORD.size, struct.calcsize("@IhdB7s"))
hexdump(blob[:48])
for r in decode(blob):
    print(r, str(r[3]), repr(r[3]))
bad = bytearray(blob)
bad[20] ^= 0xFF
for b in (bytes(bad), b"XXXX" + blob[4:]):
    try:
        list(decode(b))
    except ValueError as e:
        print("ValueError:", e)
try:
    RECORD.pack(1, 40000, 0.0, 0, b"")
except struct.error as e:
    print("struct.error:", e)
try:
    HEADER.unpack(b"short")
except struct.error as e:
    print("struct.error:", e)

n = 0xDEADBEEF
print(n.to_bytes(4, "big"), n.to_bytes(6, "little"), int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "big", signed=True))
print(n.bit_length(), bin(n).count("1"), n.bit_count(), f"{n:_x}", f"{n:#o}", hex(-255), (255).to_bytes(1, "big"))
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba.extend(b"!!")
del ba[-1]
mv = memoryview(ba)
print(ba, mv[6:11].tobytes(), mv[0], mv.nbytes, ba.find(b"o"), ba.count(b"l"), ba.upper(), ba.split(b" "))
print(bytes(range(65, 70)), b"abc" * 2, b"-".join([b"a", b"b"]), b"  x ".strip(), b"a,b,,c".split(b","), bytes.fromhex("de ad be ef"))
print(base64.b64encode(blob[:12]), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"hi"), base64.b16decode(b"4869"))
print(binascii.hexlify(b"\x00\x7f", "-"), binascii.crc_hqx(b"abc", 0), zlib.adler32(b"abc"), hashlib.sha256(blob).hexdigest()[:16], hashlib.md5(b"").hexdigest())
comp = zlib.compress(blob * 20, 9)
print(len(blob * 20), len(comp) < len(blob * 20), zlib.decompress(comp) == blob * 20)
buf = BytesIO()
buf.write(struct.pack(">HH", 1, 2))
buf.seek(0)
print(struct.unpack(">HH", buf.read()), buf.tell(), buf.getvalue(), struct.pack("?xq", True, -1), struct.unpack("<f", struct.pack("<f", 0.1))[0])
print(Flags(7), Flags.DELETED in Flags(3), list(Flags(6)), Flags(0), ~Flags.HIDDEN, Flags(8) if False else Flags.PINNED ^ Flags.DELETED)
print("Ünïcode".encode("utf-8"), "Ünïcode".encode("latin-1"), "Ünïcode".encode("ascii", "xmlcharrefreplace"), b"\xc3\x28".decode("utf-8", "backslashreplace"))
