# struct.iter_unpack over a memoryview slice reads the slice, not the whole buffer it views.
import struct

b = bytes(range(16))
mv = memoryview(b)[4:]
print(list(struct.iter_unpack("<I", mv)))
print(list(struct.Struct("<HH").iter_unpack(mv[2:6])))
it = struct.iter_unpack("<H", memoryview(b)[10:])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
# A bytearray viewed through a memoryview: changes made meanwhile are seen.
ba = bytearray(8)
it = struct.iter_unpack("<H", memoryview(ba)[2:])
ba[2] = 7
print(next(it))
ba[4] = 9
print(list(it))
try:
    struct.iter_unpack("<I", memoryview(b)[1:])
except struct.error as e:
    print("struct.error:", e)
