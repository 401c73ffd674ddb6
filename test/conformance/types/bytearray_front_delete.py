# Deleting from the front of a bytearray (a receive buffer consumed as it is parsed), then
# growing it again: contents, lengths and views taken before.
b = bytearray(b"hello world")
v = bytes(b[:5])
del b[:6]
print(b, v)
b += b"!!"
print(b, len(b))
b.extend(b"abc" * 10)
del b[:3]
print(b, b[0], b[-1], b.find(b"abc"), b.startswith(b"ld"))
c = bytearray(b"xyz")
del c[:]
print(c, len(c))
c.append(65); print(c)
d = bytearray(b"0123456789")
m = d[2:5]
del d[:4]
d += b"ab"
print(d, m)
e = bytearray(b"abcdef")
del e[:2]
e[0:0] = b"ZZ"
print(e)
e[:] = b"q"
print(e)
f = bytearray(100)
del f[:50]
f.extend(range(10))
del f[:55]
print(f, len(f))
