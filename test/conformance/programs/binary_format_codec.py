# Binary file format encoder/decoder: struct, bytes/bytearray/memoryview, base64, hashlib, zlib
import struct
import base64
import binascii
import hashlib
import zlib
import io
from enum import IntEnum


class RecType(IntEnum):
    INT = 1
    FLOAT = 2
    TEXT = 3
    BLOB = 4


MAGIC = b"TPYF"
HEADER = struct.Struct("<4sHHI")


def encode(records):
    body = bytearray()
    for value in records:
        if isinstance(value, bool):
            raise TypeError("bools are not supported")
        if isinstance(value, int):
            body += struct.pack("<Bq", RecType.INT, value)
        elif isinstance(value, float):
            body += struct.pack("<Bd", RecType.FLOAT, value)
        elif isinstance(value, str):
            data = value.encode("utf-8")
            body += struct.pack(f"<BH{len(data)}s", RecType.TEXT, len(data), data)
        elif isinstance(value, (bytes, bytearray)):
            body += struct.pack("<BI", RecType.BLOB, len(value)) + value
        else:
            raise TypeError(f"unsupported {type(value).__name__}")
    compressed = zlib.compress(bytes(body), 9)
    return HEADER.pack(MAGIC, 1, len(records), zlib.crc32(body)) + compressed


def decode(blob):
    magic, version, count, crc = HEADER.unpack_from(blob)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    body = memoryview(zlib.decompress(blob[HEADER.size:]))
    if zlib.crc32(body) != crc:
        raise ValueError("checksum mismatch")
    out, off = [], 0
    for _ in range(count):
        (kind,) = struct.unpack_from("<B", body, off)
        off += 1
        kind = RecType(kind)
        if kind is RecType.INT:
            (v,) = struct.unpack_from("<q", body, off)
            off += 8
        elif kind is RecType.FLOAT:
            (v,) = struct.unpack_from("<d", body, off)
            off += 8
        elif kind is RecType.TEXT:
            (n,) = struct.unpack_from("<H", body, off)
            off += 2
            v = bytes(body[off:off + n]).decode("utf-8")
            off += n
        else:
            (n,) = struct.unpack_from("<I", body, off)
            off += 4
            v = body[off:off + n].tobytes()
            off += n
        out.append(v)
    return version, out


recs = [42, -(2 ** 63), 3.14159, "héllo wörld ✓", b"\x00\x01\xff", "", 2 ** 63 - 1, float("-inf")]
blob = encode(recs)
print(len(blob), blob[:12], HEADER.size, HEADER.format)
ver, back = decode(blob)
print(ver, back, back == recs)
corrupt = bytearray(blob)
corrupt[0:4] = b"NOPE"
try:
    decode(bytes(corrupt))
except ValueError as e:
    print("ValueError:", e)
for bad in [[True], [None], [2 ** 64]]:
    try:
        encode(bad)
    except (TypeError, struct.error) as e:
        print(type(e).__name__ + ":", e)
print(struct.pack(">hHiIf", -2, 65535, -1, 2 ** 32 - 1, 1.5).hex(" ", 2), struct.calcsize("@bhi"), struct.calcsize("=bhi"))
print(struct.unpack("<3B2x?", b"\x01\x02\x03\x00\x00\x01"), struct.pack("4s", b"ab"), struct.pack("p", b"hi"), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
try:
    struct.unpack("<I", b"\x00\x00")
except struct.error as e:
    print("struct.error:", e)
enc = base64.b64encode(blob[:20])
print(enc, base64.b64decode(enc) == blob[:20], base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hello"), base64.b16encode(b"\xab"))
print(base64.a85encode(b"tpy!"), base64.b85encode(b"tpy!"), binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("cafe"), binascii.crc32(b"abc"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5(b"").hexdigest(), hashlib.sha1(blob).digest_size)
h = hashlib.new("sha512")
h.update(b"a")
h2 = h.copy()
h2.update(b"b")
print(h.hexdigest()[:16], h2.hexdigest()[:16], h.name, h.block_size, hashlib.blake2b(b"x", digest_size=8).hexdigest())
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:] = b"World!!"
del ba[-1]
ba.extend(b"?")
ba.insert(0, 62)
print(ba, ba.upper(), ba.split(b" "), ba.find(b"o"), ba.rstrip(b"?!"), bytes(ba[::-1]), ba.count(b"l"))
mv = memoryview(ba)
print(mv[1], mv[1:4].tobytes(), mv.nbytes, mv.readonly, bytes(mv[-3:]), mv.tolist()[:3])
mv[1] = ord("J")
print(ba[:3], int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
print(bytes(range(250, 256)), bytes.fromhex("de ad be ef"), b"abc" * 2, b"%d-%s" % (5, b"x"), b"a,b".partition(b","))
buf = io.BytesIO()
buf.write(b"line1\nline2\n")
buf.seek(0)
print(buf.readline(), buf.read(3), buf.tell(), buf.getvalue()[-3:], buf.read(), buf.read())
print(zlib.decompress(zlib.compress(b"a" * 1000)) == b"a" * 1000, len(zlib.compress(b"a" * 1000)), zlib.adler32(b"abc"))
print("✓".encode("utf-16-le"), "é".encode("latin-1"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), "ab€".encode("ascii", "xmlcharrefreplace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
