# Sets holding None iterate in CPython's order: None hashes by identity, and CPython's static
# None keeps the low bits of its address (the lines here depend on those bits only).
print({None, True, 0.0}, {None, 1, 2, 3, 4, 5, 6, 7}, {None, ...} - {...}, {NotImplemented, 3})
print(hash(None) % 65536, hash(...) % 65536, hash(NotImplemented) % 65536)
values = [3, None, 7, 1, None, 30, 62, 14]
print(set(values), sorted(set(values) - {None}), frozenset([None, 6, 5]))
s = set(range(40)) | {None}
print(list(s)[-3:], list({None} | set(range(100, 120)))[:4], {None, 6, 14, 22})
print({v for v in (None, 0, False, 0.0)}, {None: 1, 6: 2}.keys() | {14})
