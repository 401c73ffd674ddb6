# str() of OSError and its subclasses with two arguments, including errno None and non-int errno
for args in ((None, 11), (None, None), (16, None), ("E", "msg"), (2, "No such file", None), (13, "Denied", "f.txt", 0, "g.txt")):
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.errno, e.strerror, e.filename)
for cls in (ConnectionError, TimeoutError, FileNotFoundError):
    e = cls(None, 11)
    print(cls.__name__, str(e), e.args)
