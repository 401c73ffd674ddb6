# A codec of the program's own (codecs.Codec, the incremental and stream bases, register), iterencode/
# iterdecode, and the built-in error handlers as functions (lookup_error, *_errors).
import codecs
class Rot5Codec(codecs.Codec):
    def encode(self, s, errors="strict"):
        return "".join(str((int(c) + 5) % 10) if c.isdigit() else c for c in s).encode("ascii", errors), len(s)
    def decode(self, b, errors="strict"):
        s = bytes(b).decode("ascii", errors)
        return "".join(str((int(c) + 5) % 10) if c.isdigit() else c for c in s), len(b)
class Inc(codecs.IncrementalEncoder):
    def encode(self, s, final=False): return Rot5Codec().encode(s)[0]
class Dec(codecs.IncrementalDecoder):
    def decode(self, b, final=False): return Rot5Codec().decode(b)[0]
class SW(Rot5Codec, codecs.StreamWriter): pass
class SR(Rot5Codec, codecs.StreamReader): pass
def search(name):
    if name == "rot5":
        return codecs.CodecInfo(name="rot5", encode=Rot5Codec().encode, decode=Rot5Codec().decode, incrementalencoder=Inc, incrementaldecoder=Dec, streamwriter=SW, streamreader=SR)
codecs.register(search)
print("tel 0123".encode("rot5"), b"tel 5678".decode("rot5"), codecs.lookup("rot5").name)
print(list(codecs.iterencode(["12", "34"], "rot5")), "".join(codecs.iterdecode([b"12", b"34"], "utf-8")))
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "aé", 1, 2, "x")))
print(codecs.ignore_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "bad")), codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "aé€", 1, 3, "x")), codecs.backslashreplace_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "bad")), codecs.namereplace_errors(UnicodeEncodeError("ascii", "é", 0, 1, "x")))
try: codecs.strict_errors(UnicodeEncodeError("ascii", "é", 0, 1, "x"))
except UnicodeEncodeError as e: print("UEE", e)
try: codecs.lookup_error("nope")
except LookupError as e: print("LE", e)
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    handler = codecs.lookup_error(name)
    for exc in [UnicodeEncodeError("ascii", "x\u20ac\U0001f600y", 1, 3, "r"), UnicodeDecodeError("ascii", b"x\xe9\xffy", 1, 3, "r"),
                UnicodeTranslateError("x\u20acy", 1, 2, "r"), ValueError("v"), 5]:
        try:
            print(name, type(exc).__name__, handler(exc))
        except TypeError as e:
            print(name, "TypeError", e)
print(codecs.lookup_error("surrogateescape")(UnicodeDecodeError("utf-8", b"a\xff\xfe", 1, 3, "x")))
print(codecs.lookup_error("surrogateescape")(UnicodeEncodeError("ascii", "a\udcff", 1, 2, "x")))
for bad in [b"ab", "x"]:
    try:
        codecs.strict_errors(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    codecs.lookup_error(3)
except TypeError as e:
    print("TypeError", e)
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac!"], "utf-8")), list(codecs.iterencode("ab", "utf-16")))
try:
    codecs.Codec().encode("x")
except NotImplementedError as e:
    print("NotImplementedError", e)
