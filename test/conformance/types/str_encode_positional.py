# str.encode with no argument and with the encoding alone (fixed-arity entries), against the
# general forms, in straight code and in a compiled loop.
for s in ["", "abc", "é€", "a\U0001F600", "\ud800"]:
    for call in (lambda: s.encode(), lambda: s.encode("ascii"), lambda: s.encode("utf-16-le"),
                 lambda: s.encode("latin-1"), lambda: s.encode(encoding="utf-8"), lambda: s.encode("utf-8", "replace")):
        try:
            print(ascii(s), call())
        except UnicodeError as e:
            print(ascii(s), type(e).__name__, e)
for bad in (5, None, b"utf-8"):
    try:
        "x".encode(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError", e)
total = 0
for i in range(400):
    total += len(("w%d" % i).encode()) + len("é".encode("utf-8"))
print(total)
