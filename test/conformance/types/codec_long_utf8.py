# Encoding and decoding texts long enough for tpy's native paths (1 KB and more): valid
# UTF-8 with a BOM and every sequence length, malformed data (errors reported at CPython's
# positions, repaired by each handler), and ASCII / latin-1 encodes that fail near the end.
import hashlib

def h(x):
    return hashlib.md5(x if isinstance(x, bytes) else x.encode('utf-8', 'surrogatepass')).hexdigest()[:12]

text = ('plain ascii words ' * 200) + 'é ü ß — € 𝄞 中文 ' * 50
data = text.encode()
print(len(text), len(data), h(data), data.decode() == text, h(('\ufeff' + text).encode().decode()))
print(repr(('\ufeff' + text).encode().decode()[:3]), repr(b'\xef\xbb\xbf'.decode()), len(('x' * 2000).encode()))
for bad in (b'\x80', b'\xc0\xaf', b'\xe0\x80\xaf', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xf8\x88\x80\x80\x80', b'\xe2\x82', b'\xff'):
    blob = b'a' * 1500 + bad + b'z' * 700
    for errors in ('strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace'):
        try:
            r = blob.decode('utf-8', errors)
            print(bad, errors, len(r), h(r), repr(r[1498:1506]))
        except UnicodeDecodeError as e:
            print(bad, errors, 'UnicodeDecodeError', e)
tail = b'q' * 3000 + b'\xe2\x82'
try:
    tail.decode()
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)
long_ascii = 'k' * 5000
print(h(long_ascii.encode('ascii')), h(long_ascii.encode('latin-1')), type(long_ascii.encode()).__name__)
for s in ('k' * 3000 + 'é', 'k' * 3000 + '€', 'k' * 3000 + '\udc80'):
    for enc in ('ascii', 'latin-1', 'utf-8'):
        try:
            print(enc, len(s.encode(enc)), h(s.encode(enc)))
        except UnicodeEncodeError as e:
            print(enc, 'UnicodeEncodeError', e)
        print(enc, h(s.encode(enc, 'replace')), h(s.encode(enc, 'backslashreplace')))
b = ('z' * 4000).encode()
b2 = bytearray(b)
b2[0] = 65
print(b[:3], b2[:3], bytes(memoryview(b)[1000:3000]).decode()[:5], len(b[1000:].decode()))
