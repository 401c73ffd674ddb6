# codecs.register_error: a handler for a new error name gets the Unicode error and answers
# (replacement, position) in encode, decode, the code pages and text files; bad answers raise.
import codecs

def question(exc):
    print("handler got", type(exc).__name__, exc.start, exc.end, exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % "|".join("%x" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)

codecs.register_error("test.question", question)
print(codecs.lookup_error("test.question") is question)
print("aé€b".encode("ascii", "test.question"))
print("aé€b".encode("latin-1", "test.question"))
print(b"a\xff\xfeb".decode("utf-8", "test.question"))
print(b"a\x80b".decode("ascii", "test.question"))

codecs.register_error("test.bytes", lambda e: (b"??", e.end))
print("x\u20acy".encode("latin-1", "test.bytes"))
codecs.register_error("test.skip", lambda e: ("", e.end + 1))
print("a\u20ac\u20acbc".encode("ascii", "test.skip"))
codecs.register_error("test.back", lambda e: ("<%d>" % e.start, -1 if e.end < len(e.object) else e.end))
print("a\u20ac\u20acb".encode("ascii", "test.back"))
for bad in [lambda e: "x", lambda e: ("x", "1"), lambda e: (1, 2), lambda e: ("x", 100)]:
    codecs.register_error("test.bad", bad)
    for f in (lambda: "a\u20ac".encode("ascii", "test.bad"), lambda: b"a\xff".decode("ascii", "test.bad")):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
codecs.register_error("test.nonascii", lambda e: ("\u20ac", e.end))
try:
    "a\xe9".encode("ascii", "test.nonascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
codecs.register_error("test.decbytes", lambda e: (b"x", e.end))
try:
    b"\xff".decode("ascii", "test.decbytes")
except TypeError as e:
    print("TypeError", e)
try:
    codecs.register_error("test.nc", 42)
except TypeError as e:
    print("TypeError", e)
try:
    codecs.lookup_error("test.none")
except LookupError as e:
    print("LookupError", e)
def raising(exc):
    raise ValueError("no way")
codecs.register_error("test.raise", raising)
try:
    "\u20ac".encode("ascii", "test.raise")
except ValueError as e:
    print("ValueError", e)
print("caf\xe9".encode("utf-16-le", "test.question"))
print(b"\x00\xd8".decode("utf-16-le", "test.question"))
print("aé".encode("cp1252", "test.question"), "a\u0100".encode("cp1252", "test.question"))
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "out.txt")
with open(path, "w", encoding="ascii", errors="test.question") as f:
    f.write("h\xe9llo\n")
print(open(path).read())
os.remove(path)
