# A multilingual slug and search-index builder: unicodedata normalization (NFC/NFD/NFKC/NFKD),
# accent stripping via combining marks, categories and names, east-asian widths for column
# alignment, casefold matching, codecs (utf-16/32 with BOMs, cp1252, latin-1, idna, punycode),
# error handlers, and str methods on non-ASCII text.
import unicodedata as ud
import codecs
import re

titles = ["Crème Brûlée Recipe", "Straße & Größe", "Ｆｕｌｌｗｉｄｔｈ Ｔｅｘｔ", "ﬁnancial ﬂow", "日本語のタイトル",
          "Ελληνικά Γράμματα", "naïve café — résumé", "Ǆemal ǅ ǆ", "Ⅻ chapters ①②③", "emoji 🎉 party 👩‍💻"]


def strip_accents(s):
    return "".join(ch for ch in ud.normalize("NFD", s) if ud.category(ch) != "Mn")


def slugify(s):
    s = ud.normalize("NFKC", s)
    s = strip_accents(s).casefold()
    s = re.sub(r"[^\w\s-]", "", s)
    return re.sub(r"[\s_-]+", "-", s).strip("-")


def width(s):
    return sum(2 if ud.east_asian_width(ch) in "WF" else 0 if ud.combining(ch) else 1 for ch in s)


def pad(s, n):
    return s + " " * (n - width(s))


for t in titles:
    print(f"{pad(t, 26)}| {slugify(t)}")
print()
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    samples = ["é", "ﬁ", "①", "Å", "한"]
    print(form, [len(ud.normalize(form, s)) for s in samples], ud.is_normalized(form, "é"))
for ch in "aÅ٣€\u200b\t😀ǅ":
    print(f"U+{ord(ch):04X} {ud.name(ch, '<no name>'):<40} {ud.category(ch)} bidi={ud.bidirectional(ch) or '-':<3} "
          f"digit={ud.digit(ch, None)} numeric={ud.numeric(ch, None)} mirrored={ud.mirrored(ch)} decomp={ud.decomposition(ch)!r}")
print(ud.lookup("GREEK SMALL LETTER ALPHA"), ud.lookup("SNOWMAN"), "\N{EM DASH}", ud.unidata_version)
try:
    ud.lookup("NOT A REAL CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
index = {}
for t in titles:
    for word in re.findall(r"\w+", ud.normalize("NFKC", t)):
        index.setdefault(strip_accents(word).casefold(), set()).add(titles.index(t))
for q in ["CREME", "strasse", "grosse", "naive", "financial", "FULLWIDTH", "γράμματα", "xii"]:
    key = strip_accents(ud.normalize("NFKC", q)).casefold()
    print(f"{q!r:>12} -> {sorted(index.get(key, ()))}")
s = "Straße"
print(s.upper(), s.lower(), s.casefold(), s.title(), "ǆemal".title(), "ǆ".upper(), "ß".upper() == "SS", len("İ".lower()))
print("ΣΊΣΥΦΟΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "İstanbul".casefold(), "ﬀ".upper(), "ŉ".upper())
print("١٢٣".isdigit(), "١٢٣".isdecimal(), int("١٢٣"), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), "½".isnumeric(), float("٣.٥"))
print("café".isidentifier(), "2x".isidentifier(), "ǅ".istitle(), "ab\u0301".isalpha(), " \u3000\x85".isspace(), "\u2028".splitlines() if False else "a\u2028b\x1cc".splitlines())
text = "Grüße, 世界 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "utf-8-sig"]:
    b = text.encode(enc)
    print(f"{enc:<10} {len(b):>3} {b[:8].hex(' ')} roundtrip={b.decode(enc) == text}")
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "€".encode("cp1252"), b"\x80\x93".decode("cp1252"), "ÿ".encode("latin-1"))
for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    try:
        print(f"{handler:<18} {text.encode('ascii', handler)}")
    except UnicodeEncodeError as e:
        print(f"{handler:<18} {type(e).__name__}: {e}")
bad = b"ok \xff\xfe bytes \xc3"
for handler in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    d = bad.decode("utf-8", handler)
    print(f"{handler:<18} {d!r}" + (f" back={d.encode('utf-8', 'surrogateescape') == bad}" if handler == "surrogateescape" else ""))
print("bücher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"), "münchen".encode("punycode"), codecs.decode(b"mnchen-3ya", "punycode"))
print(codecs.encode("hello", "rot13"), codecs.encode(b"hi", "hex"), codecs.decode("68 69".replace(" ", ""), "hex"), codecs.lookup("UTF8").name, codecs.lookup("latin1").name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(sorted({"é", "e", "E", "É", "z", "Z", "ä"}), sorted(["é", "e", "f", "E"], key=lambda w: (strip_accents(w).casefold(), w)))
print(ascii("Grüße 😀"), repr("\x07\u200b\U0001F600\ud800"), "\u00e9" == "e\u0301", ud.normalize("NFC", "e\u0301") == "\u00e9")
