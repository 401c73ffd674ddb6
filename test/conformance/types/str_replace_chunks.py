# str.replace on long ASCII texts, which tpy copies in chunks of growing size (1 KB, 2 KB,
# ... 64 KB): every result checked whole against split and join, with matches that
# straddle the chunk boundaries, one-byte patterns removed and replaced, and counts.
import hashlib

def h(s):
    return hashlib.md5(s.encode()).hexdigest()[:12]

def ref(s, old, new, count):
    parts = s.split(old, count) if count >= 0 else s.split(old)
    return new.join(parts)

base = ''.join(chr(97 + (i * 7919) % 26) for i in range(300001))
texts = [base, 'xy' * 70000, ('abc' * 1000 + '\n') * 100, 'a' * 140000]
for t in texts:
    for old, new in [('a', ''), ('a', 'Z'), ('a', 'ZZ'), ('x', ''), ('ab', ''), ('abc', 'Q'), ('yx', 'yyx'), ('aa', 'b'), ('\n', ''), ('q', '')]:
        for count in (-1, 3, 1000, 70000):
            r = t.replace(old, new, count)
            assert r == ref(t, old, new, count), (old, new, count)
            print(len(t), repr(old), repr(new), count, len(r), h(r))
