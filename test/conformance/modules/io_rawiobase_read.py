# io.RawIOBase subclasses: read() and readall() built on the subclass's readinto()
import io
class Upper(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n].upper()
        self.pos += n
        return n
u = Upper(b"hello world")
print(u.read(5), u.read(0), u.read(), u.read(), u.readable(), u.closed)
u = Upper(b"abc" * 5000)
print(len(u.readall()), u.read(3))
class Never(io.RawIOBase):
    def readinto(self, b):
        return None
print(Never().read(4), Never().readall())
class Bare(io.RawIOBase):
    pass
for f in [Bare().read, lambda: Bare().read(2), lambda: Bare().write(b"x"), lambda: Bare().readinto(bytearray(1)), lambda: Upper(b"").read("x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with Upper(b"ctx") as u:
    print(u.read())
print(u.closed)
try:
    u.read()
except ValueError as e:
    print("ValueError", e)
