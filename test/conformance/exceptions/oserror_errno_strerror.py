# OSError(errno, strerror[, filename]) sets attributes, formats str() and picks a subclass for known errnos
e = OSError("just a message")
print(repr(e), e.errno, e.strerror, e.filename, str(e))
e = OSError(99, "Made up error")
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e))
e = OSError(999, "Other", "data.txt")
print(e.args, e.filename, str(e))
for errno in (2, 32, 104, 110, 111):
    e = OSError(errno, "msg")
    print(errno, type(e).__name__, str(e))
e = FileNotFoundError(2, "No such file or directory", "missing.txt")
print(repr(str(e)), e.errno, isinstance(e, OSError))
try:
    raise ConnectionRefusedError(111, "Connection refused")
except ConnectionError as c:
    print("caught as ConnectionError:", type(c).__name__, c)
try:
    raise TimeoutError("timed out")
except OSError as t:
    print("caught as OSError:", repr(t), t.errno)
e = OSError(1, 2, 3, 4, 5)
print(e.args, e.errno, e.strerror, e.filename)
# the subclass follows any int errno: True, an int subclass; not a float or a str
class Code(int):
    pass
for errno in (True, Code(2), Code(17), 2.0, "2", 2**70):
    e = OSError(errno, "msg")
    print(repr(errno), type(e).__name__, str(e), e.errno)
