# bytes/bytearray split() and rsplit() on whitespace with a maxsplit the words just reach:
# the last part keeps the whitespace at its far end, as str's does.
cases = [b"1a. ", b" A1a1", b"  a  ", b"a b ", b" a b", b"  a b  ", b"a", b"", b"   ", b"\ta\nb\x0bc\x0c "]
for s in cases:
    for n in (-1, 0, 1, 2, 3):
        print(repr(s), n, s.split(None, n), s.rsplit(None, n), bytearray(s).split(maxsplit=n))
        # str gives the same parts
        assert [p.encode() for p in s.decode().split(None, n)] == s.split(None, n), (s, n)
        assert [p.encode() for p in s.decode().rsplit(None, n)] == s.rsplit(None, n), (s, n)
print(b"key  value  ".split(maxsplit=1), b"  key  value".rsplit(maxsplit=1))
