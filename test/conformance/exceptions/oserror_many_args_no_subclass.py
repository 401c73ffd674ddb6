# OSError picks a subclass by errno only for 2 to 5 arguments
for args in [(1, "perm"), (1, "perm", "f"), (1, "perm", "f", None, "g"), (1, 2, 3, 4, 5, 6), (2,), (2, "x", "f", None, "g", "h")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), "|", str(e), "|", e.errno, e.strerror, e.filename)
