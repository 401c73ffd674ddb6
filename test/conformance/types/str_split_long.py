# str.split() and str.splitlines() of texts long enough for tpy's chunked scans (16 KB
# chunks): every kind of whitespace and line break, runs of them across the chunk edges,
# \r\n split by an edge, leading and trailing separators, keepends, maxsplit.
import hashlib

def h(xs):
    return hashlib.md5(repr(xs).encode()).hexdigest()[:12]

seps = [' ', '\t', '\n', '\r\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\u2028', '\u2029', '\xa0', '\u3000', '   ', '\n\n']
parts = []
seed = 3
n = 0
while n < 120000:
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    w = 'w%d' % (seed % 1000) if seed & 3 else ''
    s = seps[seed % len(seps)]
    parts.append(w + s)
    n += len(w) + len(s)
text = ''.join(parts)
for t in (text, '  ' + text + '  ', '\r\n' + text + '\r', text[:16383] + '\r\n' + text[16385:], 'x' * 40000, ' ' * 40000, 'a\n' * 20000):
    ws = t.split()
    ls = t.splitlines()
    ks = t.splitlines(True)
    print(len(t), len(ws), h(ws), len(ls), h(ls), h(ks), ''.join(ks) == t)
    print(h(t.split(None, 5)), h(t.split(maxsplit=1000)), h(t.rsplit()), h(t.rsplit(None, 7)))
