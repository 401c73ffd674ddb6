# A bytearray grown by +=, append and extend (amortised: each copies only what it adds),
# appending itself, and bytes made from it before it grew staying as they were.
b = bytearray()
for i in range(5000):
    b += b'abcdefghij'
    if i % 1000 == 0:
        b.append(i % 256)
        b.extend([1, 2, 3])
print(len(b), b.count(b'abc'), bytes(b[:14]), bytes(b[-6:]))
snap = bytes(b)
b += bytes(b)
print(len(b), snap == bytes(b[:len(snap)]), bytes(b[len(snap):len(snap) + 5]))
c = bytearray(b'xy')
d = bytes(c)
c += b'z'
c[0] = 0
c.extend(bytes(c))
print(d, c, len(c))
e = bytearray(b'12')
e.append(51)
e += bytearray(b'4')
del e[0]
e.extend(b'56')
e[1:2] = b'QQ'
print(e, e.pop(), e)
try:
    b += 'text'
except TypeError as exc:
    print(exc)
try:
    b.append(256)
except ValueError as exc:
    print(exc)
