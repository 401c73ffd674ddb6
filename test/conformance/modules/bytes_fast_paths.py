# hex, latin-1, base64, struct and hashlib around the sizes where their fast paths change
import struct, hashlib, base64, binascii
for n in (0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 200, 4095, 4096, 4097, 9000):
    b = bytes((i * 37 + n) % 256 for i in range(n))
    h = b.hex()
    print(n, h[:20], len(h), h == ''.join('%02x' % c for c in b), bytes.fromhex(h) == b)
    s = b.decode('latin-1')
    print(len(s), [ord(c) for c in s[:5]], s.encode('latin-1') == b)
    e = base64.b64encode(b)
    print(e[:24], len(e), base64.b64decode(e) == b, binascii.b2a_base64(b)[-1:], binascii.hexlify(b)[:10])
    print(hashlib.sha256(b).hexdigest()[:16], hashlib.md5(b).hexdigest()[:16], hashlib.sha1(b).digest()[:6])
    h2 = hashlib.sha256()
    for i in range(0, n, 1000):
        h2.update(b[i:i + 1000])
    c = h2.copy()
    c.update(b'x')
    print(h2.hexdigest() == hashlib.sha256(b).hexdigest(), c.hexdigest()[:16], h2.hexdigest()[:16])
ba = bytearray(b'abc')
h3 = hashlib.sha256(ba)
ba[0] = 0
print(h3.hexdigest()[:16], hashlib.shake_128(b'abc').hexdigest(10))
print(bytes(range(250, 256)).hex(':'), bytes(range(20)).hex('-', 4), bytes(range(20)).hex('-', -3))
for fmt in ('<iHd', '>iHd', '=bBhHiIqQ', '<qQ', '>qQ', '@lLnN', '<e f d'):
    print(fmt, struct.calcsize(fmt))
vals = [0, 1, -1, 2**31 - 1, -2**31, 2**53 - 1, -(2**53 - 1), 2**53, -2**53, 2**63 - 1, -2**63]
for v in vals:
    for fmt in ('<q', '>q', '<Q', '>Q'):
        try:
            p = struct.pack(fmt, v)
            print(fmt, v, p.hex(), struct.unpack(fmt, p)[0] == v, type(struct.unpack(fmt, p)[0]).__name__)
        except struct.error as e:
            print(fmt, v, 'error', e)
for fmt, v in (('<i', 2**31), ('<I', -1), ('<H', 65536), ('>h', -32769), ('<B', 256), ('<b', -129), ('<Q', -1), ('<q', 2**63), ('>Q', 2**64), ('<L', -5)):
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, v, e)
for i in (0, 1, -7, 123456, -2**31):
    p = struct.pack('<iHd', i, 7, i / 3)
    print(p.hex(), struct.unpack('<iHd', p), struct.unpack('>iHd', struct.pack('>iHd', i, 65535, -0.0)))
print(struct.unpack(b'<hH', b'\xff\xff\xff\xff'), struct.unpack('<4s?c', b'ab\x00d\x01z'), struct.pack(b'>e', 1.5).hex())
print(struct.unpack('<qQ', bytes(range(16))), struct.unpack('>qQ', bytes(range(240, 256))))
