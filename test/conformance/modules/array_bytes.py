# array.array and bytes: tobytes/frombytes, byteswap, bytes(arr), struct, files, unicode arrays.
import struct
from array import array as A

a = A('i', [1, -2, 0x01020304])
print(a.tobytes(), bytes(a), bytearray(a), len(bytes(a)))
print(struct.unpack('3i', a), struct.unpack('<3i', a.tobytes()), struct.unpack_from('i', a, 4))
b = A('i')
b.frombytes(a.tobytes())
b.frombytes(bytearray(b'\x05\x00\x00\x00'))
print(b, b == a)
for c in 'bBhHiIlLqQfd':
    x = A(c, [1, 2, 100])
    y = A(c)
    y.frombytes(x.tobytes())
    print(c, x.tobytes(), y == x, len(x.tobytes()) == 3 * x.itemsize)
h = A('h', [1, 256, -2])
h.byteswap()
print(h, h.tobytes())
d = A('d', [1.0])
d.byteswap()
print(d.tobytes())
d.byteswap()
print(d)
f = A('f', [1.5])
print(f.tobytes(), A('f', b'\x00\x00\xc0?'))
print(A('B', b'abc').tobytes().decode(), bytes(A('b', [104, 105])))
print(struct.pack('2h', 5, 6) == A('h', [5, 6]).tobytes())
u = A('u', 'hé€😀')
print(u, len(u), u.tobytes(), u.itemsize, u[3], u.tounicode())
u.fromunicode('!?')
print(u, u.tounicode())
u2 = A('u')
u2.frombytes(u.tobytes())
print(u2 == u, u2)
q = A('Q', [2**64 - 1, 0])
print(q.tobytes(), A('q', q.tobytes()))

import tempfile, os
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'arr.bin')
    with open(path, 'wb') as fh:
        A('H', [1, 2, 3, 65535]).tofile(fh)
    with open(path, 'rb') as fh:
        data = fh.read()
    print(data)
    r = A('H')
    with open(path, 'rb') as fh:
        r.fromfile(fh, 3)
        print(r)
        try:
            r.fromfile(fh, 2)
        except EOFError as e:
            print(type(e).__name__, e, r)
