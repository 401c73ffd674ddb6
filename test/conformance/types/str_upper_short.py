# str.upper() of short ASCII words (tpy builds up to 8 characters itself), every ASCII
# character in every position, longer words, non-ASCII ones, and results used as keys.
chars = ''.join(chr(c) for c in range(128))
out = []
for n in range(0, 10):
    for start in range(0, 128, 7):
        w = (chars * 2)[start:start + n]
        out.append(w.upper())
        assert w.upper() == ''.join(ch.upper() for ch in w)
print(len(out), ascii(out[:5]), ascii(out[-3:]))
for w in ['alpha', 'BETA', 'MiXeD', 'a1b2c3', 'z', '', 'omicron', 'upsilon!', 'epsilons', 'é', 'straße', 'ǆ', 'ﬁ', 'µ', 'ÿ']:
    print(ascii(w), ascii(w.upper()), len(w.upper()), w.upper() == w.upper().upper())
d = {}
for w in 'a b a c b a'.split():
    d[w.upper()] = d.get(w.upper(), 0) + 1
print(d)
