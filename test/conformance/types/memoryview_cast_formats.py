# memoryview.cast: formats, itemsize, shape/strides, N-D indexing, tolist, writes through casts, errors
import array
b = bytearray(b"abcdefgh")
m = memoryview(b)
ints = m.cast("I")
print(ints.format, ints.itemsize, ints.shape, ints.strides, ints.nbytes, len(ints), ints.tolist())
h = m.cast("H")
print(h.tolist(), h[0], h[-1], h[1:3].tolist(), h[::-1].strides, h[::2].tolist())
ints[0] = 0x41424344
print(b)
two = m.cast("B", shape=[2, 4])
print(two.shape, two.strides, two.ndim, two.tolist(), two[1, 2], two[-1, -1], two.c_contiguous)
two[0, 0] = 90
print(b, two.tobytes(), two.tobytes("F"), two[::-1].tolist())
print(m.cast("c").tolist()[:3], m.cast("b")[0], m.cast("@B").format, m.cast("?").tolist()[:2])
f = memoryview(bytearray(16)).cast("d")
f[0] = 1.5
f[1] = 7
print(f.tolist(), f.format)
q = memoryview(bytearray(8)).cast("q")
q[0] = -2**63
print(q[0], q.cast("B").cast("Q")[0])
z = memoryview(b"abcd").cast("i", [])
print(z.shape, z.ndim, z.tolist(), z[()], len(z))
a = array.array("i", [1, 2, 3])
am = memoryview(a)
print(am.format, am.itemsize, am.tolist(), am[1], am.nbytes, am.readonly)
am[1] = 20
print(a, am == array.array("l", [1, 20, 3]), am == [1, 20, 3])
print(memoryview(b"abcd").cast("i") == memoryview(b"abcd").cast("I"), memoryview(b"ab").cast("c") == b"ab")
nan = array.array("d", [float("nan")])
print(memoryview(nan) == memoryview(nan), hash(memoryview(b"ab").cast("c")) == hash(b"ab"))
s = memoryview(bytearray(8)).cast("h")
s[1:3] = memoryview(b"\x01\x00\x02\x00").cast("h")
s[3:] = array.array("h", [9])
print(s.tolist())
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: m.cast("I").cast("h"))
attempt(lambda: m[::2].cast("B"))
attempt(lambda: m.cast("B", (3, 1.5)))
attempt(lambda: m.cast("B", (8, 0)))
attempt(lambda: m.cast("B", 5))
attempt(lambda: m.cast("d", [3]))
attempt(lambda: memoryview(b"abc").cast("I"))
attempt(lambda: two.cast("B", [8, 1]))
for fmt in ["e", "<i", "ii", "s", "Z"]:
    attempt(lambda: m.cast(fmt))
for key in [(0,), (0, 0, 0), 0, (5, 0), (0, "a"), (slice(0, 1), 0), (slice(None), slice(None)), "x"]:
    attempt(lambda: two[key])
attempt(lambda: list(two))
attempt(lambda: list(z))
attempt(lambda: z[0])
attempt(lambda: hash(memoryview(b"abcd").cast("i")))
attempt(lambda: s.__setitem__(slice(0, 2), b"\x01\x00\x02\x00"))
attempt(lambda: two.__setitem__(slice(0, 1), b"abcd"))
for fmt, v in [("c", 1), ("c", b"ab"), ("d", "x"), ("h", 70000), ("h", 1.5), ("Q", -1), ("I", 2**40), ("b", -129)]:
    attempt(lambda: memoryview(bytearray(8)).cast(fmt).__setitem__(0, v))
attempt(lambda: memoryview(array.array("u", "ab")).tolist())
attempt(lambda: m.tobytes("X"))
