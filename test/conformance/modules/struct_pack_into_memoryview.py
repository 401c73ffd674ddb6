# struct.pack_into writes through a writable memoryview (at the slice's own offsets, so the
# bytearray under it changes) and into an array.array; read-only buffers are refused.
import array
import struct

ba = bytearray(12)
mv = memoryview(ba)[4:]
struct.pack_into("<HI", mv, 1, 0xBEEF, 0x01020304)
print(ba.hex(" "))
s = struct.Struct(">h")
s.pack_into(mv[6:], 0, -2)
print(ba.hex(" "), struct.unpack_from("<HI", mv, 1))
a = array.array("H", [0] * 4)
struct.pack_into("<H", a, 2, 513)
print(a)
for target in (b"abcd", memoryview(b"abcd"), memoryview(ba).toreadonly()):
    try:
        struct.pack_into("<H", target, 0, 1)
    except TypeError as e:
        print("TypeError:", e)
try:
    struct.pack_into("<I", memoryview(bytearray(6))[2:], 1, 1)
except struct.error as e:
    print("struct.error:", e)
