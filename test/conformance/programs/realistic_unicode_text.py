# unicode text handling: case mapping, normalization, codecs with error handlers, bytes/bytearray/memoryview
import unicodedata
s = "Straße Ǆ ﬁ İstanbul ΣΑΣ café"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize())
print(len("é"), len(unicodedata.normalize("NFD", "é")), unicodedata.name("☃"), unicodedata.category("A"), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.decimal("٣"))
print("a\tbc\td".expandtabs(4), repr("x\x0by\x1cz\u2028w\r\nv".splitlines()), "a,b,,c".split(","), " a  b ".split(), "a b c".rsplit(" ", 1), "abc".partition("b"), "abc".rpartition("x"))
tbl = str.maketrans({"a": "1", "b": None, "c": "xyz"}); print("abcabc".translate(tbl), str.maketrans("ab", "AB", "c"), "hello".translate(str.maketrans("el", "ip", "o")))
for enc in ["utf-8", "latin-1", "ascii", "utf-16-le", "cp1252", "utf-32-be"]:
    for errors in ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
        try:
            print(enc, errors, "é€☃".encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
for b, enc in [(b"\xff\xfe", "utf-8"), (b"caf\xc3", "utf-8"), (b"\x80abc", "ascii"), (b"\xe9", "latin-1")]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(repr(b.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
print("x".isidentifier(), "1x".isidentifier(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "Ⅷ".isnumeric(), " \t\n".isspace(), "ǅ".istitle(), "ABC".isupper(), "".isalpha())
print("%s" % b"x", b"%d-%s-%r" % (5, b"ab", "é"), b"abc".hex(), bytes(range(5)), bytes(3), b"a b".split(), b"ab" * 2, b"x" in b"axb", b"abc"[1], b"abc"[1:], list(b"hi"))
ba = bytearray(b"hello"); ba[0] = 74; ba.extend(b"!!"); ba += b"?"; del ba[1]; ba.insert(0, 33)
print(ba, ba.decode(), bytes(ba), ba.upper(), ba.find(b"l"), ba.replace(b"l", b"L"), ba.pop(), ba, len(ba), bytearray(b"a").zfill(3))
mv = memoryview(bytearray(b"abcdef")); mv[0] = 65; print(mv.tobytes(), mv[1:3].tobytes(), mv.nbytes, mv.readonly, bytes(mv[::2]), mv.tolist()[:3], mv.obj)
print(b"\x00\xff".hex(" "), bytes.fromhex("ff 00"), b"ABC".lower(), b"  x ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]), b"abc".startswith((b"x", b"a")), int.from_bytes(b"\x01\x00", "little"), (1000).to_bytes(4, "big", signed=True))
print(ascii("é☃\n"), repr("é☃\n\x00\x7f\u200b"), repr("'\""), repr('a"b'), repr("a'b"), str(b"\x80'"), repr(b"'\""))
print("ǅ".upper(), "ǅ".lower(), "ß".upper(), "ﬀ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΌΣΟΣ".lower())
print(sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "a", "é"], key=str.casefold), min("hello"), max("hello", key=ord))
print("{:^10}".format("☃"), "abc".center(8, "é"), f"{'中文':>6}|", "x".ljust(3, "☃"), "%-5s|" % "é", "abc"[::-1], "abcdef"[-2:1:-1])
print("hello world".count("o"), "aaa".count("aa"), "aaa".replace("a", "b", 2), "".replace("", "x"), "ab".replace("", "-"), "abc".find("c", -1), "abc".rfind(""), "mississippi".rindex("ss"))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "CamelCaseString".swapcase(), "x".join("abc"), "  \u3000 hi\u3000".strip(), "\u00a0x".isspace(), "x\u00a0".strip())
print("%c%c" % (0x1F600, 97), chr(0x10FFFF).encode("utf-8"), ord("😀"), "😀".encode("utf-16"), len("😀".encode("utf-16-le")), "a😀b"[1], "😀"[::-1])
print(str(1e100), str(-1e-100), repr(1.0), repr(1e16), repr(123456789012345678.0), repr(0.1 + 0.2), 1e22, 1e21, 1.5e-7, 0.0001, 100.0, float("1_000.5"), int("1_000"), int("0x1f", 16), int("0b101", 0), int(" 42 "))
print("abc".removeprefix("a"), "abc".removesuffix("bc"), "Hello".startswith("ell", 1), "hello".endswith(("lo", "x")), "tab\there".split("\t"), "1,2;3".split(";")[0].split(","))
