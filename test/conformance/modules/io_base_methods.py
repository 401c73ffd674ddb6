# The methods io's abstract bases give their subclasses (CPython's _io._IOBase,
# _BufferedIOBase, _TextIOBase): readline from read/peek, readinto from read, the
# UnsupportedOperation defaults and the _check* helpers, with CPython's messages.
import io


class ChunkedRaw(io.RawIOBase):
    """A raw stream handing out at most 3 bytes per readinto."""
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


r = ChunkedRaw(b'line one\nline two\nlast')
print(r.readline(), r.readline(4), r.readlines())
print(io.BufferedReader(ChunkedRaw(b'a\nbb\nccc')).readlines())


class Peeking(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.reads = []

    def peek(self, n):
        return self.data[:16]

    def read(self, n):
        self.reads.append(n)
        out, self.data = self.data[:n], self.data[n:]
        return out


p = Peeking(b'first line\nsecond\n')
print(p.readline(), p.readline(3), p.reads)


class Greeting(io.BufferedIOBase):
    def __init__(self):
        self.left = b'hello world'

    def read(self, n=-1):
        out, self.left = self.left[:n], self.left[n:]
        return out


g = Greeting()
buf = bytearray(5)
print(g.readinto(buf), buf, g.readinto(memoryview(bytearray(3))), g.readline())
for name, args in [('read1', ()), ('write', (b'x',)), ('detach', ()), ('readinto1', (bytearray(2),)),
                   ('seek', (0,)), ('tell', ()), ('truncate', ())]:
    try:
        print(name, getattr(Greeting(), name)(*args))
    except io.UnsupportedOperation as e:
        print(name, 'UnsupportedOperation', e)


class Text(io.TextIOBase):
    pass


t = Text()
print(t.encoding, t.newlines, t.errors)
for name, args in [('read', ()), ('readline', ()), ('write', ('x',)), ('detach', ())]:
    try:
        print(name, getattr(t, name)(*args))
    except io.UnsupportedOperation as e:
        print(name, 'UnsupportedOperation', e)
for m in ('_checkClosed', '_checkReadable', '_checkWritable', '_checkSeekable'):
    try:
        print(m, getattr(t, m)())
    except Exception as e:
        print(m, type(e).__name__, e)
t.close()
for m in ('_checkClosed', 'flush', 'isatty', 'readlines', '__iter__', '__enter__'):
    try:
        print(m, getattr(t, m)())
    except ValueError as e:
        print(m, 'ValueError', e)


class WrongType(io.BufferedIOBase):
    def read(self, n=-1):
        return 'text'


class TooMuch(io.BufferedIOBase):
    def read(self, n=-1):
        return b'x' * (n + 2)


class TextRead(io.IOBase):
    def read(self, n):
        return 'x'


for make, call in [(WrongType, lambda s: s.readinto(bytearray(3))),
                   (TooMuch, lambda s: s.readinto(bytearray(3))),
                   (WrongType, lambda s: s.readinto(b'abc')),
                   (TextRead, lambda s: s.readline())]:
    try:
        call(make())
    except (TypeError, ValueError, OSError) as e:
        print(make.__name__, type(e).__name__, e)

s = io.StringIO('x')
s.close()
print('StringIO flush when closed:', s.flush())
for m in ('isatty', 'tell', '_checkClosed'):
    try:
        getattr(s, m)()
    except ValueError as e:
        print(m, e)
b = io.BytesIO(b'abc')
ba = bytearray(2)
print(b.readinto1(ba), ba, b.read())
try:
    b.detach()
except io.UnsupportedOperation as e:
    print('detach', e)
