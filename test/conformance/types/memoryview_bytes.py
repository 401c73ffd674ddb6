# memoryview over bytes and bytearray: items, slices (views of views), writes, tobytes/tolist/hex, compare, release
b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), m[::-1].tolist(), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
print(m == b, m == b"abcdeg", m[1:3] == b"bc", m == memoryview(b), m.obj is b, list(m[:3]), m.hex(), m.hex(":"), hash(m) == hash(b), m.contiguous, m[::2].contiguous)
ba = bytearray(b"hello world")
w = memoryview(ba)
w[0] = 72
w[6:11] = b"WORLD"
print(ba, w.readonly, w[6:].tobytes(), bytes(w[1:5]))
sub = w[2:9][1:4]
print(sub.tobytes(), sub.shape)
sub[0] = ord("L")
print(ba)
for bad in [lambda: m.__setitem__(0, 1), lambda: w.__setitem__(0, 300), lambda: w.__setitem__(slice(0, 2), b"x"), lambda: m[10], lambda: hash(w), lambda: memoryview("str"), lambda: memoryview(5), lambda: w.__setitem__(0, "x")]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
with memoryview(b"xyz") as v:
    print(v.tobytes(), "released" in repr(v))
print("released" in repr(v))
try:
    v[0]
except ValueError as e:
    print(type(e).__name__, e)
v2 = memoryview(b"q"); v2.release(); v2.release()
try:
    len(v2)
except ValueError as e:
    print(e)
print(type(m).__name__, isinstance(m, memoryview), memoryview(m).tobytes(), bytearray(memoryview(b"ab")), b"".join([memoryview(b"a"), b"b"]))
import struct
print(struct.unpack("<H", memoryview(b"\x01\x02")), struct.unpack_from("B", memoryview(b"\x00\x05"), 1))
