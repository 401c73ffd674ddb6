# unicodedata: category, bidirectional, combining, east_asian_width, mirrored, decomposition
import unicodedata

print(unicodedata.unidata_version)
samples = 'aZ5 ~\t\u00e9\u00df\u01c5\u0301\u0488\u0903\u0660\u00bd\u2167\u00b2\u05d0\u0627\u0661(\u00ab\u2028\u2029\u00ad\ue000\u4e00\uac00\uff21\uff61\u3000\u2460\u0378\U0001f600\U0001d7d8\U000e0100\U0010fffd'
for ch in samples:
    print(ascii(ch), unicodedata.category(ch), repr(unicodedata.bidirectional(ch)), unicodedata.combining(ch),
          unicodedata.east_asian_width(ch), unicodedata.mirrored(ch), repr(unicodedata.decomposition(ch)))

# Characters added after Unicode 14.0 are unassigned, as in CPython 3.11.
for cp in [0x1fae8, 0x0ccf3, 0x1e4d0, 0x31350, 0x2ebf0]:
    ch = chr(cp)
    print(hex(cp), unicodedata.category(ch), repr(unicodedata.bidirectional(ch)), unicodedata.east_asian_width(ch),
          ch.isalpha(), ch.isprintable(), unicodedata.name(ch, None))

# Counting over ranges checks the tables more broadly than single samples.
counts = {}
for cp in range(0x3000):
    c = unicodedata.category(chr(cp))
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
print(sum(unicodedata.combining(chr(cp)) for cp in range(0x300, 0x370)))
print(sum(1 for cp in range(0x2000, 0x2400) if unicodedata.mirrored(chr(cp))))
print(''.join(sorted(set(unicodedata.bidirectional(chr(cp)) for cp in range(0x600, 0x700)))))

for fn in [unicodedata.category, unicodedata.bidirectional, unicodedata.combining, unicodedata.east_asian_width,
           unicodedata.mirrored, unicodedata.decomposition]:
    for args in [('ab',), (1,), (), ('a', 'b')]:
        try:
            fn(*args)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    unicodedata.category(c='a')
except TypeError as e:
    print(type(e).__name__, e)
