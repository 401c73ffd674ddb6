# common bytes methods mirroring str methods
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.split())
print(b.replace(b"l", b"L"), b.find(b"World"), b.count(b"l"), b.index(b"H"))
print(b.startswith(b"  H"), b.endswith(b"  "), b.strip().startswith(b"Hello"))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", b"y"]))
print(b"a,b,c".partition(b","), b"abc".center(7, b"*"))
print(b"123".isdigit(), b"abc".isalpha(), b"  ".isspace(), b"Ab".isupper())
print(b"hello world".title(), b"hello".capitalize(), b"ab".zfill(4))
print(bytes(reversed(b"abc")), sorted(b"cab"), max(b"abc"))
print(b"abc"[::-1], b"abcdef"[1::2], b"x" * 3)
print(b"%d-%s" % (5, b"x"))
