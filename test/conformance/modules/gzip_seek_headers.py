# gzip: seek/rewind/tell in both modes, optional header fields (extra, comment, header CRC), writes of memoryview and arrays, flush
import gzip
import io
import struct
import zlib
import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

buf = io.BytesIO()
g = gzip.GzipFile(fileobj=buf, mode='wb', mtime=3, compresslevel=1)
print(g.write(memoryview(b'abc')), g.write(array.array('B', b'de')), g.write(b''), g.tell())
print(g.seek(8), g.tell(), g.seek(2, 1), g.tell())
t(lambda: g.seek(1))
t(lambda: g.seek(0, 2))
t(lambda: g.rewind())
t(lambda: g.peek(1))
g.flush()
print(g.seekable(), g.readable(), g.writable())
g.close()
g.close()
print(g.closed)
t(lambda: g.flush())
t(lambda: g.tell())
t(lambda: g.seek(0))
raw = buf.getvalue()
print(raw[:10], gzip.decompress(raw))

r = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(r.read(3), r.tell(), r.seek(1, 1), r.read(2), r.seek(-3, 2), r.read(), r.seek(100), r.read(), r.seek(-5), r.tell())
r.rewind()
print(r.read(2), r.readline(3), r.readline(0), r.read(0), r.peek(0)[:1])
t(lambda: r.readline(None))
print(r.mtime, r.fileno() if False else '-')

body = zlib.compress(b'payload', 9, -15)
trailer = struct.pack('<II', zlib.crc32(b'payload'), 7)
def member(flags, extra=b''):
    return b'\x1f\x8b\x08' + bytes([flags]) + struct.pack('<I', 99) + b'\x00\xff' + extra + body + trailer
print(gzip.decompress(member(4, b'\x03\x00xyz')))
print(gzip.decompress(member(8, b'name.txt\x00')))
print(gzip.decompress(member(16, b'a comment\x00')))
print(gzip.decompress(member(2, b'\x00\x00')))
print(gzip.decompress(member(1 | 4 | 8 | 16 | 2, b'\x01\x00Z' + b'n\x00' + b'c\x00' + b'\x00\x00')))
mg = gzip.GzipFile(fileobj=io.BytesIO(member(8, b'n\x00')))
print(mg.mtime, mg.read(1), mg.mtime)
t(lambda: gzip.decompress(member(4, b'\x09\x00ab')))
t(lambda: gzip.decompress(member(8, b'unterminated')))
t(lambda: gzip.decompress(b'\x1f\x8b\x08\x00\x00'))
t(lambda: gzip.decompress(member(0) + b'\x1f'))
t(lambda: gzip.decompress(member(0) + b'\x1f\x8b'))
t(lambda: gzip.decompress(member(0)[:-8]))
for name in ['plain', 'x.gz', 'dir/y.tar.gz', '']:
    b = io.BytesIO()
    with gzip.GzipFile(name, 'wb', 5, b, 0) as w:
        w.write(b'q')
    print(repr(name), b.getvalue()[3:4], b.getvalue()[8:9], b.getvalue()[10:20])
print(gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
