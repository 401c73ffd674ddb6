# zlib: round trips (compressed bytes are node's zlib, not always CPython's: only what both agree on is printed),
# decompressing streams CPython made, the stream objects, crc32/adler32, constants and errors.
import zlib

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_DEFAULT_COMPRESSION,
      zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_NO_COMPRESSION, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY,
      zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION.count('.'), zlib.error.__mro__)
print(sorted(n for n in dir(zlib) if not n.startswith('_')))

# checksums
for data in [b'', b'a', b'hello', b'hello world' * 100, bytes(range(256)) * 20]:
    print(zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b' world', zlib.crc32(b'hello')), zlib.crc32(b'hello world'))
print(zlib.adler32(b' world', zlib.adler32(b'hello')), zlib.adler32(b'hello world'))
print(zlib.crc32(b'x', 2**40), zlib.crc32(b'x', -1), zlib.adler32(b'x', -1), zlib.adler32(b'x', 0))
print(zlib.crc32(bytearray(b'abc')), zlib.adler32(bytearray(b'abc')))
print(zlib.adler32(b'\xff' * 100000), zlib.crc32(b'\xff' * 100000))

# round trips at every level and container
payloads = [b'', b'x', b'hello world ' * 50, bytes(range(256)) * 8, b'\x00' * 10000]
for level in [-1, 0, 1, 5, 6, 9]:
    for p in payloads:
        for wbits in [15, 9, -15, -9, 31, 25]:
            c = zlib.compress(p, level, wbits)
            assert zlib.decompress(c, wbits) == p, (level, wbits)
    print('level', level, 'ok')
print(zlib.decompress(zlib.compress(b'auto', 6, 31), 47), zlib.decompress(zlib.compress(b'auto'), 47))
print(zlib.decompress(zlib.compress(b'zero wbits'), 0), zlib.compress(b'kw', level=1, wbits=15)[:1])
print(zlib.compress(b'x' * 1000, 0)[:2], len(zlib.compress(b'x' * 1000, 0)))

# streams CPython compressed
print(zlib.decompress(b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8\x18\x01l\x00UvY\xb1'))
print(zlib.decompress(b'KLJN\x04#\x00', -15))
print(zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,P\xc8M\x05\x00\xcf\xf0\x1fS\x07\x00\x00\x00', 31))
c = zlib.compress(b'hello world' * 10)
print(zlib.decompress(c + b'junk'))

# compressobj / decompressobj
co = zlib.compressobj()
parts = [co.compress(b'hello '), co.compress(b'world ' * 100), co.flush()]
print(type(co).__name__, zlib.decompress(b''.join(parts))[:20], len(zlib.decompress(b''.join(parts))))
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
s = co.compress(b'abc' * 100) + co.flush(zlib.Z_SYNC_FLUSH)
print(s[-4:], co.flush(zlib.Z_NO_FLUSH))
s += co.compress(b'xyz') + co.flush(zlib.Z_FULL_FLUSH) + co.flush()
print(zlib.decompress(s, -15)[-6:])
t(lambda: co.compress(b'more'))
t(lambda: co.flush())
print(co.flush(zlib.Z_NO_FLUSH))

d = zlib.decompressobj()
print(type(d).__name__, d.eof, d.unused_data, d.unconsumed_tail)
out = b''
for i in range(0, len(c), 7):
    out += d.decompress(c[i:i + 7])
print(out == b'hello world' * 10, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b'after'), d.unused_data, d.flush())

d = zlib.decompressobj()
print(d.decompress(c + b'TRAILER'), d.eof, d.unused_data)
d = zlib.decompressobj()
print(d.decompress(c[:10]), d.eof, d.decompress(c[10:] + b'!'), d.eof, d.unused_data)

# max_length and unconsumed_tail
big = zlib.compress(bytes(range(256)) * 40)
d = zlib.decompressobj()
got = d.decompress(big, 100)
print(len(got), d.eof)
while d.unconsumed_tail:
    chunk = d.decompress(d.unconsumed_tail, 1000)
    assert len(chunk) <= 1000
    got += chunk
got += d.flush()
print(got == bytes(range(256)) * 40, d.eof, d.unused_data)

d = zlib.decompressobj(-15)
print(d.decompress(b'KLJN\x04#\x00'), d.eof)
d = zlib.decompressobj(31)
print(d.decompress(zlib.compress(b'gz stream', 6, 31)), d.eof)
d = zlib.decompressobj(wbits=47)
print(d.decompress(zlib.compress(b'auto stream')), d.eof)

zd = b'hello world common words'
co = zlib.compressobj(zdict=zd)
s = co.compress(b'hello world common words again') + co.flush()
d = zlib.decompressobj(zdict=zd)
print(d.decompress(s))

# errors
t(lambda: zlib.decompress(c[:-5]))
t(lambda: zlib.decompress(b'xxxxxxxx'))
t(lambda: zlib.decompress(c[:2] + b'\xff' + c[3:]))
t(lambda: zlib.decompress(c[:-1] + bytes([c[-1] ^ 1])))
t(lambda: zlib.decompress(b''))
t(lambda: zlib.compress(b'x', 10))
t(lambda: zlib.compress(b'x', -2))
t(lambda: zlib.compress(b'x', wbits=99))
t(lambda: zlib.decompress(c, wbits=99))
t(lambda: zlib.decompress(c, bufsize=-1))
t(lambda: zlib.decompress(c, bufsize=0)[:5])
t(lambda: zlib.compress('x'))
t(lambda: zlib.compress(b'x', 'a'))
t(lambda: zlib.compress())
t(lambda: zlib.decompress())
t(lambda: zlib.crc32('x'))
t(lambda: zlib.adler32(1))
t(lambda: zlib.compressobj(10))
t(lambda: zlib.compressobj(method=9))
t(lambda: zlib.compressobj(memLevel=99))
t(lambda: zlib.compressobj(wbits=99))
t(lambda: zlib.compressobj(strategy=9))
t(lambda: zlib.decompressobj(wbits=99))
t(lambda: zlib.decompressobj().decompress(b'x', -1))
t(lambda: zlib.decompressobj().decompress('x'))
t(lambda: zlib.decompressobj().flush(0))
t(lambda: zlib.decompressobj().flush(-1))
t(lambda: zlib.compressobj().compress('x'))
d = zlib.decompressobj()
t(lambda: d.decompress(b'xxxx'))
d = zlib.decompressobj()
print(d.decompress(c[:5]), d.eof, d.unused_data, d.unconsumed_tail, d.flush())
try:
    zlib.decompress(b'bad data')
except zlib.error as e:
    print('caught', type(e).__name__, isinstance(e, Exception), e.args)
