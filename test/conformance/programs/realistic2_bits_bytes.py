# Bits and bytes: a bitset class, bytearray editing, memoryview slicing/casting, int.to_bytes, checksums, hexdump
import struct
import array

class BitSet:
    def __init__(self, size, bits=0):
        self.size, self.bits = size, bits
    def __setitem__(self, i, v):
        self._check(i)
        self.bits = self.bits | (1 << i) if v else self.bits & ~(1 << i)
    def __getitem__(self, i):
        self._check(i)
        return (self.bits >> i) & 1
    def _check(self, i):
        if not 0 <= i < self.size:
            raise IndexError(f"bit {i} out of range(0, {self.size})")
    def __or__(self, o): return BitSet(max(self.size, o.size), self.bits | o.bits)
    def __and__(self, o): return BitSet(max(self.size, o.size), self.bits & o.bits)
    def __xor__(self, o): return BitSet(max(self.size, o.size), self.bits ^ o.bits)
    def __invert__(self): return BitSet(self.size, ~self.bits & ((1 << self.size) - 1))
    def __len__(self): return self.bits.bit_count()
    def __iter__(self): return (i for i in range(self.size) if self.bits >> i & 1)
    def __repr__(self): return f"BitSet({self.size}, 0b{self.bits:0{self.size}b})"
    def to_bytes(self): return self.bits.to_bytes((self.size + 7) // 8, "little")

a = BitSet(12); b = BitSet(12)
for i in (1, 3, 5, 7, 11): a[i] = 1
for i in (0, 1, 2, 3): b[i] = True
a[7] = 0
print(a, b, a | b, a & b, a ^ b, ~a, len(a), list(a), a.to_bytes(), a[3], a[4])
try:
    a[12] = 1
except IndexError as e:
    print("IndexError:", e)

def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hx = " ".join(f"{c:02x}" for c in chunk)
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        print(f"{off:04x}  {hx:<{width * 3}} |{text}|")

buf = bytearray(b"Hello, bytes!\x00\x01\xff")
hexdump(buf)
buf[0:5] = b"HELLO"; buf[-1] = 0x7e; buf.extend(b"++"); buf.insert(0, 0x3e); del buf[1]
print(buf, len(buf), buf.find(b"bytes"), buf.count(0), buf.upper(), buf.replace(b"+", b"-"), bytes(buf[::-1][:4]))
print(buf.pop(), buf.remove(0x2c) or buf, buf.split(b" "), buf.startswith(b">ELLO"), buf.hex(" ", 4), bytearray.fromhex("41 42"))
try:
    buf[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    buf.remove(0x99)
except ValueError as e:
    print("ValueError:", e)
mv = memoryview(buf)
print(mv[0], mv[1:4].tobytes(), len(mv), mv.readonly, mv.nbytes, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.tolist()[:5])
mv[1:3] = b"ab"
print(buf[:6])
ints = array.array("i", [1, 2, 3, 4])
mi = memoryview(ints)
print(mi.format, mi.itemsize, mi.nbytes, mi.tolist(), mi[2], mi.cast("B").tolist()[:8], bytes(mi.cast("B")[:4]))
words = memoryview(bytearray(struct.pack("<4H", 1, 2, 513, 65535))).cast("H")
print(words.tolist(), words[3], words.cast("B").tobytes().hex())
try:
    memoryview(b"abc")[0] = 1
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"data") as m2:
    print(m2.tobytes())
try:
    m2[0]
except ValueError as e:
    print("ValueError:", e)
for n in (0, 1, 255, 256, -1, -129, 2 ** 64 - 1, 2 ** 63):
    try:
        print(n, n.to_bytes(8, "big", signed=n < 0 or n < 2 ** 63), n.to_bytes((n.bit_length() + 8) // 8 or 1, "little", signed=True))
    except OverflowError as e:
        print(n, "OverflowError:", e)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
def fletcher16(data):
    s1 = s2 = 0
    for b_ in data:
        s1 = (s1 + b_) % 255
        s2 = (s2 + s1) % 255
    return s2 << 8 | s1
print(hex(crc8(b"123456789")), hex(fletcher16(b"abcde")), sum(b"abc") & 0xFF, bytes(x ^ 0x5A for x in b"secret"), bytes(x ^ 0x5A for x in bytes(x ^ 0x5A for x in b"secret")))
print(f"{0b1011:#06b} {0xff:o} {-5 & 0xff:08b} {5 << 2} {-16 >> 2} {0x0f0f ^ 0xffff:#x} {(1 << 100) >> 98} {~0b1010 & 0b1111:04b}")
def popcount_table():
    return [bin(i).count("1") for i in range(16)]
print(popcount_table(), [i for i in range(20) if i & (i - 1) == 0], (12).bit_length(), (-12).bit_count(), int("1010", 2) | int("0101", 2))
gray = [i ^ (i >> 1) for i in range(8)]
print([f"{g:03b}" for g in gray], bytes(range(65, 70)), bytes(4), b"ab" * 3, b"a" < b"b", b"abc"[1], b"abc"[1:2], list(b"hi"), b"%05.1f|%x|%c" % (3.14159, 255, 65))
