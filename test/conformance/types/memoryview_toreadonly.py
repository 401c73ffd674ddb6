# memoryview: toreadonly(), deleting items, suboffsets, and writes and hashes of read-only views.
b = bytearray(b'hello world')
m = memoryview(b)
print(m[0], m[-1], bytes(m[0:5]), m.tobytes(), m.tolist()[:3], len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.hex(), m[::2].tobytes(), m == b'hello world')
m[0] = ord('J')
m[6:11] = b'WORLD'
print(b, m.obj is b, bytes(m[::-1]))
r = m.toreadonly()
print(r.readonly, bytes(r[:3]))
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del m[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b'abc'
except ValueError as e:
    print(type(e).__name__, e)
ro = memoryview(b'abc')
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
with memoryview(b'xyz') as mm:
    print(mm.tobytes())
try:
    mm[0]
except ValueError as e:
    print(type(e).__name__, e)
print(m.suboffsets, m.c_contiguous, m.contiguous)
try:
    memoryview('abc')
except TypeError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b'ab')) == hash(b'ab'), list(memoryview(b'ab')), bytes(memoryview(b'abc')[1:]), memoryview(b'ab') == memoryview(b'ab'))
ro2 = memoryview(bytearray(b'abc')).toreadonly()
print(ro2.readonly, ro2[1:].readonly, memoryview(ro2).readonly, ro2.tobytes(), ro2 == b'abc', ro2.toreadonly().readonly)
for f in [lambda: hash(ro2), lambda: ro2.__setitem__(0, 1), lambda: ro2[1:].__setitem__(slice(0, 1), b'x'), lambda: hash(memoryview(bytearray(b'x'))), lambda: m.toreadonly(1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hash(memoryview(b'abc').toreadonly()) == hash(b'abc'))
for f in [lambda: m.tolist(1), lambda: m.release(1), lambda: m.toreadonly(x=1)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
