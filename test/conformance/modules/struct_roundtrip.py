# struct: every code in every byte order, packed and unpacked again, at and near each type's limits
import struct

LIMITS = {
    'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
    'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1),
}
for prefix in ['', '@', '=', '<', '>', '!']:
    native = prefix in ('', '@')
    limits = dict(LIMITS)
    limits['l'] = limits['q'] if native else limits['i']
    limits['L'] = limits['Q'] if native else limits['I']
    if native:
        limits['n'] = limits['q']
        limits['N'] = limits['Q']
        limits['P'] = limits['Q']
    for code, (lo, hi) in limits.items():
        fmt = prefix + code
        for v in (lo, lo + 1, 0, 1, hi - 1, hi, (lo + hi) // 3):
            b = struct.pack(fmt, v)
            back = struct.unpack(fmt, b)
            print(fmt, v, b.hex(), back[0] == v)
    for fmt, vals in [('c', [b'a']), ('3c', [b'x', b'\x00', b'\xff']), ('?', [True]), ('?', [0]), ('2?', [[], 'x']),
                      ('e', [1.5]), ('f', [-2.25]), ('d', [3.141592653589793]), ('s', [b'hello']), ('5s', [b'hi']),
                      ('3s', [bytearray(b'abcdef')]), ('0s', [b'abc']), ('p', [b'xy']), ('6p', [b'abc']),
                      ('3p', [b'abcdef']), ('x', []), ('4x', []), ('hxi', [1, 2]), ('b3x?', [-5, True])]:
        b = struct.pack(prefix + fmt, *vals)
        print(prefix + fmt, b, struct.unpack(prefix + fmt, b))
print(struct.pack('>300p', b'z' * 300)[:3], len(struct.pack('300p', b'z' * 300)))
print(struct.unpack('300p', struct.pack('300p', b'z' * 300))[0] == b'z' * 255)
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('p', b'\x05'))
print(struct.unpack('<?', b'\x02'), struct.unpack('<??', b'\x00\xff'))
print(struct.pack('<i', True), struct.pack('<Q', False))

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(struct.pack('>h', Idx(-2)), struct.pack('<Q', Idx(2**64 - 1)), struct.pack('d', Idx(5)))

class MyInt(int):
    pass

print(struct.pack('>H', MyInt(258)), struct.pack('B', MyInt(7)))
print(struct.pack(b'<hh', 1, 2), struct.unpack(b'>hh', b'\x00\x01\x00\x02'))
