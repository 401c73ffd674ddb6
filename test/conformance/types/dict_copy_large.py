# Copies of large dicts (tpy copies a table of more than 64 items by forEach): dict(d),
# d.copy(), {**d}, order kept, independent of the source, True / 1.0 keys kept as inserted.
d = {(i * 7919) % 100003: i for i in range(5000)}
d[True] = 'one'
d[2.0] = 'two'
d['s'] = None
for c in (dict(d), d.copy(), {**d}):
    print(len(c), list(c)[:3], list(c)[-4:], c == d, c is not d)
c = d.copy()
c[0] = 'changed'
del c['s']
print(d[0], 's' in d, 's' in c, len(d), len(c))
print(list(d.copy().items())[-3:], list(dict(d).keys())[4997:])
