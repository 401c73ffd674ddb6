# hash() of strs asked again and again (tpy remembers recent values): the same value each time,
# equal for equal strs however made, str subclasses and bytes alike, and dicts/sets keyed by them.
words = ['w%d' % (i % 7) for i in range(50)] + ['', 'é€', '\U0001F600', 'a' * 300]
first = {}
for w in words:
    h = hash(w)
    assert first.setdefault(w, h) == h
print(len(first), [hash(w) for w in ['', 'w0', 'é€', '\U0001F600']])
print(hash('ab' + 'c') == hash('abc'), hash('abc'[:2]) == hash('ab'), hash(''.join(['x', 'y'])) == hash('xy'))
class S(str):
    pass
print(hash(S('w3')) == hash('w3'), hash(b'w3') == hash('w3'), hash(('w1', 2)) == hash(('w' + '1', 2)))
print(sorted({w: 1 for w in words}.keys())[:3], len(set(words)))
