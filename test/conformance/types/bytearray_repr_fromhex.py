# bytearray repr escapes ' even inside double quotes and names a subclass; fromhex skips any ASCII whitespace
class B(bytearray):
    pass
class C(bytes):
    pass
for data in [b"", b"'", b'"', b"'\"", b"it's", b"\\'", b"\x00'\xff"]:
    print(repr(data), repr(bytearray(data)), str(bytearray(data)), repr(B(data)), repr(C(data)))
print([bytearray(b"'")], "%r" % bytearray(b"x'"), f"{bytearray(b'q'):}", f"{B(b'q')!r}")
for text in ["de ad", " 01\n02\t03 ", "0a\r\n0b\x0b\x0c0c", "", "  ", "ab\t"]:
    print(repr(text), bytes.fromhex(text), bytearray.fromhex(text))
for bad in ["abc", "zz", "0 1", "01 2", "0\t1", "01\xa002", "01\u200002"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
