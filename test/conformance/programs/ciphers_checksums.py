# Classic ciphers and checksums: caesar, vigenere, XOR, base64/32/85, hashlib, hmac, zlib.crc32/adler32, struct framing.
import base64
import binascii
import hashlib
import hmac
import string
import struct
import zlib
from itertools import cycle

PLAIN = 'Attack at dawn! Meet me by the old oak tree, 7:30pm. Bring 3 lanterns & the map.'


def caesar(text, shift):
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    ks = cycle(ord(k) - 65 for k in key.upper())
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            k = next(ks)
            out.append(chr((ord(ch) - base + (-k if decrypt else k)) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)


def crack_caesar(cipher):
    freq = 'etaoinshrdlu'
    best = max(range(26), key=lambda s: sum(caesar(cipher, -s).lower().count(c) * (12 - i) for i, c in enumerate(freq)))
    return best


c = caesar(PLAIN, 13)
print(c)
print(caesar(c, 13) == PLAIN, caesar(PLAIN, 3)[:20], crack_caesar(caesar(PLAIN, 11)))
v = vigenere(PLAIN, 'Lemon')
print(v)
print(vigenere(v, 'LEMON', decrypt=True) == PLAIN)

data = PLAIN.encode()
key = b'k3y!'
x = bytes(b ^ k for b, k in zip(data, cycle(key)))
print(x[:16], x.hex()[:32], bytes(b ^ k for b, k in zip(x, cycle(key))) == data)
print(base64.b64encode(data[:20]), base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.b32encode(b'hello'), base64.b16encode(b'\x00\xff'))
print(base64.a85encode(b'hello world'), base64.b85encode(b'hello world'), base64.b64decode('aGVsbG8=='[:8]))
for bad in ['abc', 'a===']:
    try:
        base64.b64decode(bad, validate=True)
    except binascii.Error as e:
        print('binascii.Error:', e)
print(base64.b64decode(b'aGVs bG8=\n'), base64.standard_b64decode('AAEC'), base64.encodebytes(bytes(range(60))))

for name in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(name, data)
    print('%-9s %3d %3d %s' % (name, h.digest_size, h.block_size, h.hexdigest()[:24]))
h = hashlib.sha256()
for chunk in (data[i:i + 7] for i in range(0, len(data), 7)):
    h.update(chunk)
h2 = h.copy()
h2.update(b'more')
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h2.hexdigest()[:16], h.name)
print(hashlib.blake2b(b'x', digest_size=16, key=b'secret', person=b'me').hexdigest(), hashlib.shake_128(b'x').hexdigest(10))
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex()[:32], hashlib.md5(b'', usedforsecurity=False).hexdigest())
mac = hmac.new(b'key', data, 'sha256')
print(mac.hexdigest(), hmac.compare_digest(mac.digest(), hmac.digest(b'key', data, 'sha256')), mac.name, mac.digest_size)

print(zlib.crc32(data), zlib.crc32(data[10:], zlib.crc32(data[:10])), zlib.adler32(data), binascii.crc32(b'abc'), binascii.crc_hqx(b'abc', 0))
comp = zlib.compress(data * 10, 9)
print(len(data * 10), len(comp), zlib.decompress(comp) == data * 10, comp[:2].hex())
co = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = co.compress(data) + co.flush()
do = zlib.decompressobj(-15)
print(len(raw), do.decompress(raw) == data, do.eof)
try:
    zlib.decompress(b'garbage')
except zlib.error as e:
    print('zlib.error:', e)


def frame(msg_type, payload):
    header = struct.pack('>BHI', msg_type, len(payload), zlib.crc32(payload))
    return header + payload


def unframe(buf):
    out = []
    while buf:
        t, n, crc = struct.unpack_from('>BHI', buf)
        size = struct.calcsize('>BHI')
        payload = buf[size:size + n]
        if zlib.crc32(payload) != crc:
            raise ValueError('bad crc on frame type %d' % t)
        out.append((t, payload))
        buf = buf[size + n:]
    return out


stream = frame(1, b'hello') + frame(2, data[:30]) + frame(3, b'')
print(len(stream), stream[:11].hex(' '), unframe(stream))
bad = bytearray(stream)
bad[8] ^= 0xff
try:
    unframe(bytes(bad))
except ValueError as e:
    print('ValueError:', e)
print(struct.pack('<hHfd?xc', -2, 65535, 1.5, -0.1, True, b'Z'), struct.unpack('<4s2xq', b'abcd\0\0' + (2 ** 40).to_bytes(8, 'little')))
print(struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.Struct('!I').pack(3232235777), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
try:
    struct.pack('>H', 70000)
except struct.error as e:
    print('struct.error:', e)
luhn = lambda s: sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(map(int, reversed(s)))) % 10 == 0
print([luhn(n) for n in ['4539578763621486', '1234567812345678', '79927398713']])
isbn = lambda s: sum((10 - i) * (10 if c == 'X' else int(c)) for i, c in enumerate(s)) % 11 == 0
print(isbn('0306406152'), isbn('080442957X'), isbn('0306406153'))
print(binascii.hexlify(b'\x01\xab', '-'), binascii.unhexlify('01ab'), bytes.fromhex('de ad be ef').hex(':', 2), int.from_bytes(b'\x01\x00', 'big', signed=True))
