# for loops over str, tuple, list, dict, dict views, range, bytes and sets of ints
for ch in "héllo":
    print(ch, end=" ")
print()
for x in (1, "two", 3.0):
    print(repr(x), end=" ")
print()
d = {"z": 26, "a": 1, "m": 13}
for k in d:
    print(k, end=" ")
print()
for v in d.values():
    print(v, end=" ")
print()
for k, v in d.items():
    print(k + "=" + str(v), end=" ")
print()
for b in b"AB":
    print(b, end=" ")
print()
for n in {3, 1, 2}:
    print(n, end=" ")
print()
for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()
for i, line in enumerate("a\nb\nc".split("\n"), 1):
    print(i, line)
