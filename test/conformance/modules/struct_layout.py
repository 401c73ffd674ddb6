# struct format strings: byte order prefixes, native sizes and alignment, repeat counts, whitespace
import struct

for fmt in ['', '@', '<', 'x', 'c', 'b', '?', 'h', 'i', 'l', 'q', 'n', 'P', 'e', 'f', 'd', 's', '10s', '0s', '5p',
            'ci', 'ic', 'cq', 'qc', 'hq', 'bhbibqbd', 'c0i', 'c0q', 'b0l', 'ce', 'cd', 'cP', 'c?', '3x', 'b3h',
            'b3s', 'ib', 'xxxxxxxxxx', '2h3i', 'i i', ' i', 'i ', '\ti\n', 'h \t d', '0i', '0x', '10x',
            '=ci', '<ci', '>ci', '!ci', '=cq', '<bhbibqbd', '>l', '<L', '=q', '2147483647x',
            '9223372036854775807x', '4611686018427387903h', '1152921504606846975q']:
    for prefix in ('', '=') if fmt[:1] not in '@=<>!' or fmt == '' else ('',):
        if prefix == '=' and any(c in fmt for c in 'nNP'):
            continue
        print(repr(prefix + fmt), struct.calcsize(prefix + fmt))
print(struct.calcsize(b'ii'), struct.calcsize(b'>q'))
print(struct.pack('@bhbibqbd', 1, 2, 3, 4, 5, 6, 7, 8.0).hex())
print(struct.pack('<bhbibqbd', 1, 2, 3, 4, 5, 6, 7, 8.0).hex())
print(struct.pack('>bhbibqbd', 1, 2, 3, 4, 5, 6, 7, 8.0).hex())
print(struct.pack('ci', b'*', 0x12345678).hex(), struct.pack('=ci', b'*', 0x12345678).hex())
print(struct.pack('i3xh', 1, 2), struct.pack('2h', 1, 2))
print(struct.unpack('3s2x', b'abcde'), struct.unpack('c0i', b'z\x00\x00\x00'))
print(struct.unpack('@bq', bytes(range(16))), struct.unpack('<bq', bytes(range(9))))
print(struct.pack('2c2?2h', b'a', b'b', 0, 5, -1, 1).hex())
print(struct.unpack('!HHI', b'\x12\x34\x56\x78\x9a\xbc\xde\xf0'))
print(struct.unpack('>3B', b'\x01\x02\x03'), struct.unpack('<3b', b'\xff\x80\x7f'))
print(struct.pack('0s0p', b'a', b'b'), struct.pack('0p', b'z'))
print(struct.pack(''), struct.unpack('', b''), struct.pack('<'), struct.calcsize('!'))
