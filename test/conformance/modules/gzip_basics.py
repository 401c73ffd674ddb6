# gzip: compress/decompress (mtime), GzipFile and gzip.open on files and file objects, text modes,
# multi-member files, and the errors (BadGzipFile, EOFError, bad modes).
import gzip
import io
import os
import struct
import tempfile
import zlib

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = b'hello gzip world\n' * 40
for level in [1, 6, 9]:
    c = gzip.compress(data, level, mtime=12345)
    print(level, c[:10], c[-8:], gzip.decompress(c) == data, struct.unpack('<I', c[4:8])[0])
c0 = gzip.compress(data, mtime=0)
print(c0[:4], c0[4:8], c0[-8:], gzip.decompress(c0) == data)
now = gzip.compress(b'x')
print(gzip.decompress(now), abs(struct.unpack('<I', now[4:8])[0] - __import__('time').time()) < 100)
print(gzip.decompress(gzip.compress(b'a', mtime=1) + gzip.compress(b'b', mtime=2) + b'\0\0\0'))
print(gzip.decompress(b''), gzip.decompress(bytearray(gzip.compress(b'ba', mtime=1))))
print(gzip.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,P\xc8M\x05\x00\xcf\xf0\x1fS\x07\x00\x00\x00'))

c = gzip.compress(b'hello', mtime=0)
t(lambda: gzip.decompress(b'xx'))
t(lambda: gzip.decompress(b'xxxxxxxxxxxxxxx'))
t(lambda: gzip.decompress(b'\x1f\x8b\x07' + c[3:]))
t(lambda: gzip.decompress(c[:-3]))
t(lambda: gzip.decompress(c[:5]))
t(lambda: gzip.decompress(c[:3]))
t(lambda: gzip.decompress(c[:-8] + b'\0\0\0\0' + c[-4:]))
t(lambda: gzip.decompress(c[:-4] + b'\0\0\0\0'))
t(lambda: gzip.decompress(c + b'junk'))
print(gzip.BadGzipFile.__mro__, gzip.READ, gzip.WRITE, gzip.__all__)

# GzipFile over BytesIO
buf = io.BytesIO()
with gzip.GzipFile(filename='foo.txt.gz', mode='wb', fileobj=buf, mtime=7) as g:
    print(g.mode, g.name, g.writable(), g.readable(), g.write(b'data'), g.write(b' more\nline2\n'), g.tell())
print(g.closed, buf.getvalue()[:18], buf.getvalue()[-8:])
t(lambda: g.write(b'x'))
raw = buf.getvalue()
g = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(g.mode, repr(g.name), g.read(4), g.mtime, g.peek(3)[:3], g.read1(2), g.readline(), g.tell(), g.readline(), g.read(), g.read())
g.seek(0)
print(g.readlines(), list(gzip.GzipFile(fileobj=io.BytesIO(raw))))
t(lambda: g.write(b'x'))
g.close()
t(lambda: g.read())
g2 = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
t(lambda: g2.read())
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z'))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='rt'))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(b'not gzip data')).read())
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(raw[:-8] + b'\0\0\0\0' + raw[-4:])).read())

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'sample.gz')
    with gzip.open(path, 'wb', compresslevel=6) as f:
        f.write(b'first\n')
        f.write(bytearray(b'second\n'))
    with gzip.open(path, 'ab') as f:
        f.write(b'appended member\n')
    with open(path, 'rb') as f:
        head = f.read(10)
    print(head[:4], head[8:10])
    with gzip.open(path) as f:
        print(f.name == path, f.read())
    with gzip.open(path, 'rb') as f:
        print([line for line in f])
    tpath = os.path.join(tmp, 'text.gz')
    with gzip.open(tpath, 'wt') as f:
        print(f.write('héllo\n'), f.write('wörld\nlast'))
    with gzip.open(tpath, 'rt') as f:
        print(repr(f.read()))
    with gzip.open(tpath, 'rt', encoding='latin-1') as f:
        print(repr(f.readline()))
    with gzip.open(tpath, 'rt') as f:
        print(list(f))
    with gzip.open(tpath, 'wt', encoding='utf-16') as f:
        f.write('wide')
    with gzip.open(tpath, 'rt', encoding='utf-16') as f:
        print(f.read())
    with gzip.open(tpath, 'rb') as f:
        print(f.read())
    with open(path, 'rb') as fh:
        with gzip.open(fh) as f:
            print(f.read(5))
    print(zlib.crc32(gzip.decompress(open(path, 'rb').read())))
    t(lambda: gzip.open(path, 'rbt'))
    t(lambda: gzip.open(path, 'rb', encoding='utf-8'))
    t(lambda: gzip.open(path, 'rb', errors='strict'))
    t(lambda: gzip.open(path, 'rb', newline='\n'))
    t(lambda: gzip.open(1.5))
    try:
        gzip.open(os.path.join(tmp, 'missing.gz'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
