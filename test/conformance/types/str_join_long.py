# str.join of long lists (tpy checks the items in chunks of 4096): all strs, and a non-str
# item at the start, at a chunk's edges and at the end, which names the first such index.
words = ['w%d' % (i % 97) for i in range(20000)]
s = '-'.join(words)
print(len(s), s[:20], s[-20:], s.count('-'))
for at in (0, 4095, 4096, 8191, 12288, 19999):
    bad = list(words)
    bad[at] = at
    bad[-1] = None if at != 19999 else bad[-1]
    try:
        ' '.join(bad)
    except TypeError as e:
        print(at, e)
print(len(''.join(tuple(words))), len(', '.join(w for w in words)))
