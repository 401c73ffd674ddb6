# Escapes and reprs of odd strings; unicodedata-driven tokenizing and normalising.
import unicodedata

samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\r", "\x00\x07\x1b[0m\x7f",
           "caf\u00e9", "e\u0301", "\U0001F600 grin", "\u200b zero width", "\ud800", "back\\slash",
           "\x80\x9f\xa0\xad", "\u2028\u2029", "日本語", "\ufeffbom", "\U000e0041tag"]
for s in samples:
    print(f"{len(s):>2} {s!r:<30} {ascii(s)}")
print(repr(b"\x00\n'\"\\\x7f\xff"), repr(b'"'), repr(b"'"), repr(b"'\""), repr(bytearray(b"a'b")))
print(str(b"x", "ascii"), "\N{GREEK SMALL LETTER ALPHA}\N{BLACK STAR}", "\101\x42\u0043", "\u00e9".encode("utf-8"))
print("é".encode("latin-1"), "é".encode("utf-16-le"), "€".encode("cp1252"), "ab".encode("utf-32")[:4])
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), "a€b".encode("ascii", "xmlcharrefreplace"), "a€b".encode("ascii", "backslashreplace"))
print("a\udcffb".encode("utf-8", "surrogateescape"), ascii(b"a\xffb".decode("utf-8", "surrogateescape")))
for bad, enc in [(b"\xc3", "utf-8"), (b"\x80abc", "utf-8"), (b"\xff", "ascii")]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
try:
    "naïve ☃".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

for ch in "aZ5 é\u0301½Ⅻ٣\u00a0_-€😀\t":
    cat = unicodedata.category(ch)
    name = unicodedata.name(ch, "<no name>")
    print(f"U+{ord(ch):04X} {cat} {unicodedata.bidirectional(ch):<3} {unicodedata.numeric(ch, None)!s:>5} "
          f"{ch.isalpha()!s:>5} {ch.isdigit()!s:>5} {ch.isdecimal()!s:>5} {ch.isnumeric()!s:>5} {ch.isspace()!s:>5} {ch.isprintable()!s:>5} {name}")
print(unicodedata.lookup("SNOWMAN"), unicodedata.decimal("7"), unicodedata.digit("²"), unicodedata.combining("\u0301"), unicodedata.mirrored("("))
try:
    unicodedata.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError:", e)
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = unicodedata.normalize(form, "Ǆe\u0301ﬁ½")
    print(form, len(s), ascii(s), unicodedata.is_normalized(form, "é"))
print("e\u0301" == "é", unicodedata.normalize("NFC", "e\u0301") == "é")
print("Straße".upper(), "Straße".lower(), "Straße".casefold(), "ǅ".title(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
print("hello world".title(), "they're bill's".title(), "ΣΑΣ".lower(), "abc".swapcase(), "ß".swapcase())


def tokenize(src):
    i, out = 0, []
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isidentifier():
            j = i + 1
            while j < len(src) and ("_" + src[j]).isidentifier():
                j += 1
            word = src[i:j]
            out.append(("KW" if word in {"if", "else", "λ"} else "ID", word))
            i = j
        elif ch.isdecimal():
            j = i
            while j < len(src) and (src[j].isdecimal() or src[j] == "."):
                j += 1
            out.append(("NUM", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif unicodedata.category(ch).startswith("S") or unicodedata.category(ch).startswith("P"):
            out.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} ({unicodedata.name(ch, '?')}) at {i}")
    return out


print(tokenize("größe = 3.5 × π_2 + ٤٢ if x≥y else ñ"))
try:
    tokenize("a = \u0301b")
except SyntaxError as e:
    print("SyntaxError:", e)
print("x1".isidentifier(), "1x".isidentifier(), "_".isidentifier(), "λ".isidentifier(), "a-b".isidentifier(), "".isidentifier(), "℘".isidentifier())
print("١٢٣".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "Ⅻ".isnumeric(), " \u3000\x1c".isspace(), "".isspace())
print("ǅ".istitle(), "Hello World".istitle(), "HELLO".isupper(), "hello1".islower(), "ABC".isascii(), "é".isascii())
print(sorted(["b", "a", "B", "é", "e", "Z", "ä"]), sorted(["b", "a", "B", "é", "e"], key=str.casefold))
print(max("hello"), min("héllo"), ord("€"), chr(0x1F600), chr(97).encode(), "%c%c" % (0x263A, "x"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(str.maketrans({"a": "1", "b": None}), "abcab".translate(str.maketrans("ab", "xy", "c")), "hello".translate({ord("l"): "L"}))
print("%r" % "\u0301", "%a" % "é", "{!a}".format("ñ"), repr("'\"'"), repr("\\'"))
