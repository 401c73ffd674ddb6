# A small binary protocol: framing with struct, checksums, hex dumps, base64.
import struct
import base64
import binascii
import zlib
import hashlib

MAGIC = b"TPY\x01"
HEADER = struct.Struct(">4sHBI")


def encode_msg(kind, payload):
    body = payload if isinstance(payload, bytes) else payload.encode("utf-8")
    crc = zlib.crc32(body)
    return HEADER.pack(MAGIC, len(body), kind, crc) + body


def decode_msgs(stream):
    view = memoryview(stream)
    off = 0
    while off < len(view):
        magic, length, kind, crc = HEADER.unpack_from(view, off)
        if magic != MAGIC:
            raise ValueError(f"bad magic {bytes(magic)!r} at offset {off}")
        off += HEADER.size
        body = bytes(view[off:off + length])
        off += length
        ok = zlib.crc32(body) == crc
        yield kind, body, ok


def hexdump(data, width=8):
    for i in range(0, len(data), width):
        chunk = data[i:i + width]
        hx = " ".join(f"{b:02x}" for b in chunk)
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{i:04x}  {hx:<{width * 3}} |{asc}|")


stream = bytearray()
stream += encode_msg(1, "hello")
stream += encode_msg(2, b"\x00\xff\x10binary")
stream += encode_msg(3, "héllo wörld ✓")
print("header size:", HEADER.size, "format:", HEADER.format)
print("total bytes:", len(stream))
hexdump(bytes(stream[:32]))
for kind, body, ok in decode_msgs(bytes(stream)):
    print(kind, body, ok, len(body))

stream[HEADER.size + 1] ^= 0x20
print([ok for _, _, ok in decode_msgs(bytes(stream))])
try:
    list(decode_msgs(b"XXXX" + bytes(stream[4:])))
except ValueError as e:
    print("ValueError:", e)
try:
    list(decode_msgs(bytes(stream[:5])))
except struct.error as e:
    print("struct.error:", e)

# integers
for n in (0, 1, 255, 256, 65535, -1, -129, 2**40 + 7):
    size = max(1, (n.bit_length() + 8) // 8)
    b = n.to_bytes(size, "big", signed=True)
    print(f"{n:>14} -> {b.hex(':'):<20} {int.from_bytes(b, 'big', signed=True)} le={int.from_bytes(b, 'little', signed=True)}")
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes([1, 2, 3], "big"))

# struct formats
packed = struct.pack("<hHiIqQf d?x3s", -2, 2, -3, 3, -4, 4, 1.5, 2.25, True, b"ab")
print(len(packed), packed.hex())
print(struct.unpack("<hHiIqQf d?x3s", packed))
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("<5sxi"))
print(list(struct.iter_unpack(">HH", bytes(range(8)))))
try:
    struct.pack(">B", 256)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.pack(">H", "x")
except struct.error as e:
    print("struct.error:", e)

# bytes formatting and methods
b = b"Key=Value; other=thing"
print(b.split(b";"), b.partition(b"="), b.upper(), b.title())
print(b"%s-%d-%05.1f-%x-%r" % (b"ab", 42, 3.14159, 255, "q"))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff").hex())
print(b"abc".hex("-"), b"abcdef".hex(" ", 2), b"\x00\x01".hex(":", -1))
ba = bytearray(b"hello")
ba[0] = ord("J"); ba.extend(b"!!"); ba.insert(1, 0x41); del ba[-1]
print(ba, ba.decode(), ba.find(b"l"), ba.count(b"l"), ba.pop(), ba)
mv = memoryview(bytearray(b"abcdefgh"))
mv[2:4] = b"ZZ"
print(mv.tobytes(), mv[1], mv[-1], len(mv[::2]), mv[::2].tobytes(), mv.tolist()[:3])
m2 = mv.cast("H")
print(m2.format, m2.itemsize, len(m2), m2.nbytes, mv.readonly)

# base64 / binascii / hashes
raw = "tpy ✓ data".encode()
for fn in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.b85encode):
    enc = fn(raw)
    print(f"{fn.__name__:<20} {enc}")
print(base64.b64decode(base64.b64encode(raw)).decode())
try:
    base64.b64decode(b"abc", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"), binascii.crc32(b"abc"), hex(zlib.adler32(b"abc")))
print(hashlib.md5(b"abc").hexdigest())
h = hashlib.sha256()
h.update(b"a"); h.update(b"bc")
print(h.hexdigest(), h.digest_size, h.name)
print(hashlib.sha1(b"").hexdigest(), hashlib.new("sha256", b"x").hexdigest()[:16])
comp = zlib.compress(b"abc" * 100)
print(len(comp) < 300, zlib.decompress(comp)[:9])
