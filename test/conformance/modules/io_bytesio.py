import io

b = io.BytesIO(b'hello\nworld\n')
print(b.read(3), b.readline(), b.tell(), b.readlines())
print(b.seek(0), list(b))
print(b.seek(-3, 2), b.read(), b.seek(-2, 1), b.read1())
b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'de')), b.getvalue(), b.tell())
b.seek(1); b.write(b'ZZ'); print(b.getvalue())
b.seek(8); b.write(b'!'); print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
buf = bytearray(4)
b.seek(0); print(b.readinto(buf), buf)
with io.BytesIO(b'x') as f:
    print(f.read(), f.read(), f.closed)
print(f.closed, io.BytesIO().getvalue(), io.BytesIO(b'a\nb').readline(1))
print(type(b).__name__, isinstance(b, io.BufferedIOBase))
print(io.open is open, io.SEEK_END)
