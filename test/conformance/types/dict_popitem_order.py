# dict.popitem() (its one-argument entry) in LIFO order, with the dict changed between calls
# (a new key, a changed value, a deletion), keys stored as an equal object, an empty dict's
# KeyError, and a split instance dict.
d = {i: str(i) for i in range(2000)}
out = []
while d:
    out.append(d.popitem())
    if len(out) == 500:
        d[5000] = 'new'
        d[1400] = 'changed'
    if len(out) == 900:
        del d[100]
print(out[:3], out[499:503], len(out), out[-3:])
e = {True: 'a', 2.0: 'b', (1, 2): 'c', 'k': 'd'}
print(e.popitem(), e.popitem(), e.popitem(), e.popitem())
try:
    e.popitem()
except KeyError as exc:
    print('KeyError', exc)
class O:
    pass
o = O(); o.a = 1; o.b = 2
print(o.__dict__.popitem(), o.__dict__)
