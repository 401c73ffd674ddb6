# Text utilities a learner tries: difflib, calendar, shlex, html, urllib.parse, unicodedata, reprlib, keyword, fnmatch
import difflib, calendar, shlex, html, urllib.parse as up, unicodedata, reprlib, keyword, fnmatch, base64, hashlib, binascii, zlib

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the lazy dogs".split()
print(list(difflib.unified_diff(a, b, "old", "new", lineterm="", n=1)))
for line in difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"]):
    print(repr(line))
sm = difflib.SequenceMatcher(None, "abcdefgh", "abxdefzgh")
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheat", "hello"], n=1, cutoff=0.3))
print(list(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y")))
print(calendar.month(2024, 2))
print(calendar.isleap(2000), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4), calendar.monthrange(2023, 2), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.monthcalendar(2024, 3)[0], calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12).splitlines()[:3])
print(shlex.split('cmd --name "John Smith" -x \'single q\' esc\\ aped # comment'), shlex.split("a # b", comments=True), shlex.quote("it's here"), shlex.join(["ls", "-l", "my file"]))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<>", quote=False), html.unescape("&lt;p&gt;caf&eacute; &#169; &#x263A; &amp;amp;"))
u = up.urlparse("https://user:pw@example.com:8080/path/to/page.html;params?q=python+vm&lang=en#section-2")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username)
print(up.parse_qs(u.query), up.parse_qsl("a=1&b=2&a=3"), up.urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), up.quote("a b/c?d"), up.quote_plus("a b/c"), up.unquote("%E2%82%AC%20x"))
print(up.urljoin("http://a/b/c/d;p?q", "../g"), up.urljoin("http://a/b/c/", "/x"), up.urlunparse(("http", "h", "/p", "", "a=1", "f")), up.urlsplit("//host/p").netloc)
for ch in "aé€😀\u0301ß":
    print(ch.encode("unicode_escape"), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.combining(ch))
print(unicodedata.normalize("NFD", "café") == "cafe\u0301", len(unicodedata.normalize("NFC", "cafe\u0301")), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.decimal("7"))
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 12
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), r.repr([1, 2, 3, 4, 5]), r.repr("abcdefghijklmnopq"), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))))
print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.kwlist[:5])
names = ["main.py", "test_a.py", "README.md", "setup.cfg", "Data.CSV", "x.pyc"]
print(fnmatch.filter(names, "*.py"), fnmatch.fnmatch("Data.CSV", "*.csv"), fnmatch.fnmatchcase("Data.CSV", "*.csv"), fnmatch.filter(names, "[!t]*.p?"), fnmatch.translate("*.p[yw]"))
data = "Hello, wörld! ✓".encode()
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)).decode(), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"hi"), base64.b32encode(b"hi"), base64.a85encode(b"hello"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").hexdigest()[:16], hashlib.sha256(b"").hexdigest(), hashlib.new("sha512", b"x").hexdigest()[:12])
h = hashlib.sha256(); h.update(b"a"); h.update(b"bc"); print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.name, h.digest_size, h.block_size)
print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify("01ff"), binascii.crc32(b"hello"), zlib.crc32(b"hello"), zlib.adler32(b"hello"), bytes.fromhex("de ad"), b"\xde\xad".hex(":"))
comp = zlib.compress(b"abc" * 100)
print(len(comp) < 300, zlib.decompress(comp)[:9], len(zlib.decompress(comp)))
try:
    zlib.decompress(b"not zlib")
except zlib.error as e:
    print("zlib.error:", e)
