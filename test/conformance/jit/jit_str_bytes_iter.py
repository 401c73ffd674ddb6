# str iteration in compiled loops: code points (surrogate pairs joined), enumerate/zip pairs over str, bytes iterators
s = "ab\U0001F600c\u00e9" * 100
out = []
for ch in s:
    out.append(ch)
print(len(out), out[:6], len(s))
pairs = [(i, c) for i, c in enumerate("x\U0001F600y" * 100)]
print(pairs[:4], len(pairs))
z = [a + b for a, b in zip("abc" * 100, "\U0001F600de" * 100)]
print(z[:4], len(z))
z2 = [a for a, b in zip(range(1000), "xyz" * 100)]
print(len(z2), z2[-1])
n = 0
for i in range(300):
    for c in "hello":
        if c == "l":
            n += 1
print(n)
it = iter("ab")
print(next(it), list(it), list(it), list(iter("")))
for data in (b"\x00\x01\xff" * 100, bytearray(b"\x02\x03") * 150):
    t = 0
    for b in data:
        t += b
    print(type(data).__name__, t, sum(1 for i, b in enumerate(data) if b), list(zip(data, data[1:]))[:2])
ba = bytearray(b"ab")
it = iter(ba)
print(next(it), next(it), next(it, None))
ba.append(99)
print(next(it, "done"), it.__length_hint__(), type(it).__name__, type(iter(b"")).__name__)
