# io.BufferedReader/BufferedWriter/BufferedRandom/BufferedRWPair around a BytesIO or a RawIOBase subclass: peek/read1/readline/readinto, write buffering, detach, errors
import io
raw = io.BytesIO(b'line1\nline2\nrest of data')
r = io.BufferedReader(raw, buffer_size=4)
print(repr(r), r.raw is raw, r.readable(), r.writable(), r.seekable(), r.closed)
print(r.peek(2)[:2], r.read(3), r.tell(), r.read1(2), r.readline(), r.tell(), list(r), r.read(), r.read(5))
r.seek(0); b = bytearray(4); print(r.readinto(b), b, r.readinto1(b), r.tell(), r.seek(-2, 2), r.read())
try: io.BufferedReader(io.BytesIO(), buffer_size=0)
except ValueError as e: print('ValueError', e)
w = io.BufferedWriter(io.BytesIO(), buffer_size=8)
print(w.write(b'abc'), w.raw.getvalue(), w.write(b'defghijk'), w.raw.getvalue(), w.tell(), w.flush(), w.raw.getvalue())
try: w.read()
except io.UnsupportedOperation as e: print('UnsupportedOperation', e)
try: w.write('str')
except TypeError as e: print('TypeError', e)
raw2 = w.detach(); print(raw2.getvalue())
try: w.write(b'x')
except ValueError as e: print('ValueError', e)
rw = io.BufferedRandom(io.BytesIO(b'0123456789'))
print(rw.read(3), rw.write(b'AB'), rw.tell(), rw.seek(0), rw.read(), rw.raw.getvalue())
with io.BufferedReader(io.BytesIO(b'x')) as f: pass
print(f.closed)
try: f.read()
except ValueError as e: print('ValueError', e)
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b'a\nb\n')), encoding='ascii'); print(t.readlines())
p = io.BufferedRWPair(io.BytesIO(b'in'), io.BytesIO()) if hasattr(io, 'BufferedRWPair') else None; print(p.read() if p else None)
p = io.BufferedRWPair(io.BytesIO(b'in\nx'), io.BytesIO())
print(p.readable(), p.writable(), p.seekable(), p.closed, p.write(b'x'), p.peek(1)[:1], p.read1(1), p.readline(), list(p), isinstance(p, io.BufferedIOBase))
p.close(); print(p.closed)
class Raw(io.RawIOBase):
    def __init__(self): self.data = b'abcdefghij'; self.pos = 0; self.calls = 0
    def readable(self): return True
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), 3, len(self.data) - self.pos); b[:n] = self.data[self.pos:self.pos + n]; self.pos += n; return n
r = io.BufferedReader(Raw()); print(r.read(5), r.read(), isinstance(r, io.BufferedIOBase), isinstance(r, io.BufferedReader))
try: io.BufferedReader(io.BufferedWriter(io.BytesIO()))
except Exception as e: print(type(e).__name__, e)
try: io.BufferedWriter(Raw())
except Exception as e: print(type(e).__name__, e)
