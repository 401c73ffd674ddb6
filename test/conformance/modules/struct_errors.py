# struct's errors: integer ranges per code and byte order, wrong types, item counts, bad formats, buffer sizes
import struct

def show(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

print(struct.error.__name__, struct.error.__module__, struct.error.__mro__[1].__name__)
# Each code's range check, in each byte order: the messages differ by code and order.
for prefix in '@=<>!':
    for code in 'bBhHiIlLqQnNP':
        if prefix != '@' and code in 'nNP':
            show(struct.pack, prefix + code, 0)
            continue
        for v in (-2**64, -2**63 - 1, -2**63, -2**31 - 1, -2**15 - 1, -129, -1, 256, 65536, 2**32, 2**63, 2**64):
            try:
                struct.pack(prefix + code, v)
            except struct.error as e:
                print(prefix + code, v, e)
for args in [('i', 1.0), ('i', '1'), ('i', None), ('Q', 2.5), ('P', 1.5), ('?', 1), ('c', b'ab'), ('c', 'a'),
             ('c', 97), ('c', bytearray(b'a')), ('s', 'text'), ('p', 1), ('d', 'x'), ('f', None), ('e', [1.0]),
             ('d', 2**1024), ('f', 2**1024), ('e', 2**1024)]:
    show(struct.pack, *args)

class BadIndex:
    def __index__(self):
        raise ValueError('from __index__')

class StrIndex:
    def __index__(self):
        return 'seven'

class BadFloat:
    def __float__(self):
        raise ValueError('from __float__')

class BadBool:
    def __bool__(self):
        raise ZeroDivisionError('from __bool__')

show(struct.pack, 'i', BadIndex())
show(struct.pack, 'i', StrIndex())
show(struct.pack, 'd', BadFloat())
show(struct.pack, '?', BadBool())
# Item counts
show(struct.pack, 'i', 1, 2)
show(struct.pack, 'ii', 1)
show(struct.pack, '2i', 1, 2, 3)
show(struct.pack, 'x', 1)
show(struct.pack, 'i i')
show(struct.pack, '3s2p', b'a')
show(struct.pack, 'hh', 1, 70000)
show(struct.pack, 'ih', 'a', 70000)
# Format strings
for fmt in ['z', 'i3', '1', '2 i', '<>i', 'i<', 'n' * 0 + '<n', '>P', '!N', 'i\x00', 'é', b'\xff', 'iy',
            '99999999999999999999i', '9223372036854775808x', '2305843009213693952q', '1152921504606846976q',
            'c1152921504606846975q']:
    show(struct.calcsize, fmt)
for fmt in [1, None, bytearray(b'i'), [1]]:
    show(struct.calcsize, fmt)
    show(struct.Struct, fmt)
# Buffers
show(struct.unpack, 'i', b'\x01\x00\x00')
show(struct.unpack, 'ii', b'\x01')
show(struct.unpack, 'h', b'abc')
show(struct.unpack, 'i', 'abcd')
show(struct.unpack, 'i', 1234)
show(struct.unpack, '0p', b'')
show(struct.unpack, '9223372036854775807x', b'')
show(struct.pack, '4611686018427387904x')
show(struct.pack, '9223372036854775807x')
# Arguments
show(struct.pack)
show(struct.unpack, 'i')
show(struct.unpack, 'i', b'aaaa', 1)
show(struct.calcsize)
show(struct.calcsize, 'i', 'i')
show(struct.iter_unpack, 'i')
show(struct.unpack_from)
show(struct.unpack_from, 'h')
show(struct.unpack_from, 'h', b'ab', 0, 1)
show(struct.pack_into, '<h')
show(struct.pack_into)
for f, kw in [(struct.pack, {'x': 1}), (struct.unpack, {'buffer': b'aaaa'}), (struct.iter_unpack, {'buffer': b''}),
              (struct.pack_into, {'offset': 0}), (struct.calcsize, {'format': 'i'}), (struct.unpack_from, {'bogus': 1})]:
    try:
        f('i', **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    struct.pack('>H', -1)
except struct.error as e:
    print('caught as struct.error:', e, isinstance(e, Exception), e.args)
print(struct.error('custom', 2).args, str(struct.error('x')))
