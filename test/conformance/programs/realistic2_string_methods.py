# String processing: str methods galore, textwrap, string constants and Template, format_map
import string
import textwrap

s = "The quick brown fox\tjumps over\tthe lazy dog"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr("a\tbc\td\n\te".expandtabs(3)))
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"), s.rpartition("zzz"))
print("|" + "hi".center(9, "*") + "|" + "hi".center(8) + "|" + "odd".center(6, "-") + "|")
print("x".ljust(4, ".") + "|" + "x".rjust(4, "0") + "|" + "-42".zfill(6) + "|" + "+7".zfill(4) + "|" + "abc".zfill(2))
print("ß straße ǅ".casefold(), "ǅungla".title(), "hello world's end-of-line x1y2".title(), "they're bill's".capitalize())
print("Hello World".swapcase(), "ﬁne".upper(), "İ".lower().encode("utf-8"), len("İ".lower()))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines(), "x\n\ny\n".splitlines(True), "".splitlines())
print("one,two,,three".split(","), "  a  b  ".split(), "a b c d".split(None, 2), "a,b,c".rsplit(",", 1), "".split(","))
tbl = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(tbl), tbl)
print("hello".translate({ord("l"): None, ord("h"): "J", 111: 0x30}))
print(str.maketrans({"a": "1", "b": None}))
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} likes {food}".format_map(Default(name="Bob")))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abcabc".find("c", 3), "abcabc".rfind("a", 0, 3), "abc".index("c"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print("abcabcab".count("ab"), "aaaa".count("aa"), "".count(""), "abc".count(""))
print("  xx  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ips"))
print("TestHook".removeprefix("Test"), "MiscTests".removesuffix("Tests"), "abc".removeprefix("x"))
print("١٢٣".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "abc".isidentifier(), "1abc".isidentifier())
print("Hello".isalpha(), "Hello1".isalnum(), " \t\n".isspace(), "Title Case".istitle(), "ABC".isupper(), "abc1".islower(), "é".isascii())
print("-".join(["a", "b", "c"]), ", ".join(map(str, range(5))), "".join(reversed("stressed")))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s; cost $$${price}")
print(t.substitute(who="Tim", what="apple", price=3))
print(t.safe_substitute(who="Tim"))
try:
    t.substitute(who="Tim")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.get_identifiers(), t.is_valid())
text = ("Python is a high-level, general-purpose programming language. Its design philosophy emphasizes "
        "code readability with the use of significant indentation.")
print(textwrap.fill(text, 40))
print(textwrap.wrap(text, 30)[:3])
print(textwrap.shorten(text, 50), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", width=11, placeholder="..."))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+ ", lambda l: True), sep="\n")
print(textwrap.dedent("""
    def f():
        return 1
  """))
w = textwrap.TextWrapper(width=25, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print(w.fill("supercalifragilisticexpialidocious is a very long word indeed"))
print(textwrap.fill("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o", 10), textwrap.fill("word " * 6, 12, max_lines=2, placeholder=" [...]"), sep="\n")
print("%s has %d items costing %.2f (%5.1f%%) %r %x %o %e %-5s|" % ("cart", 3, 9.5, 12.345, "q", 255, 8, 12345.678, "ab"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%c%c" % (65, "b"), "%+d % d %#x %#o" % (5, 5, 255, 8))
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{3.14159:8.3f}|{1234567:,}|{0.25:.1%}|{255:#010b}|{-3:=+6}|")
print("a" * 3, 3 * "ab", "abc"[::-1], "abcdef"[1:5:2], "abc" < "abd", "Z" < "a", "é" > "z", min("hello"), sorted("banana"))
print(ord("€"), chr(8364), "€".encode(), b"\xe2\x82\xac".decode(), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
print(ascii("naïve ☃"), repr("tab\there'quote\""), repr('it\'s'), str(b"bytes"), "x".encode("utf-16-le"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
