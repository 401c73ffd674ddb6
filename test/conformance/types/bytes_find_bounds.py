# bytes/bytearray find, rfind, index, rindex: needles of every kind, start/end bounds
data = [b'', b'a', b'abcabc', b'aaa', bytearray(b'xyzxy'), b'\x00\x01\x00']
subs = [b'', b'a', b'bc', b'abc', b'c', b'zz', 97, 0, b'\x00', bytearray(b'y'), b'abcabcd', memoryview(b'ca')]
bounds = [None, -10, -2, 0, 1, 2, 3, 5, 10]
for d in data:
    row = []
    for s in subs:
        for a in bounds:
            for b in bounds:
                for m in ('find', 'rfind'):
                    row.append(getattr(d, m)(s, a, b))
    print(repr(d), ' '.join(map(str, row)))
big = b'line\n' * 20000
pos = count = 0
while True:
    nxt = big.find(b'\n', pos)
    if nxt < 0:
        break
    count += 1
    pos = nxt + 1
print(count, big.rfind(b'line'), big.index(b'\n', 99990), big.rindex(b'ne\n', 0, 12))
for bad in [lambda: b'abc'.index(b'z'), lambda: b'abc'.rindex(b'a', 1), lambda: b'abc'.find(300), lambda: b'abc'.find('a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
