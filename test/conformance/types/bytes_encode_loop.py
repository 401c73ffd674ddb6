# str.encode() in a loop (utf-8 without a codec lookup, bytes made as plain objects): results,
# a bytes subclass made from them, errors and the encodings looked up by name.
out = []
for i in range(2000):
    w = "w%d\xe9" % i if i % 3 else "plain%d" % i
    b = w.encode()
    out.append(b)
print(out[:4], out[-1], type(out[0]).__name__, len(b"".join(out)))


class B(bytes):
    pass


print(B(out[1]), type(B(out[1])).__name__, B(b"xy") == b"xy", isinstance(out[0], bytes))
print([s.encode("ascii") for s in ("ab", "cd")], "\u20ac".encode("cp1252"), "x".encode("utf_8"))
for bad in ("\ud800", "a\udcffb"):
    try:
        bad.encode()
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode(errors="replace"))
