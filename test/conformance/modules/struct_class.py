# struct.Struct: format, size, its methods; pack_into/unpack_from at offsets; iter_unpack
import struct

s = struct.Struct('<hi')
print(s.format, s.size, type(s).__name__, type(s).__module__, type(s).__qualname__)
print(struct.Struct(b'>q').format, struct.Struct(format='=bb').size, struct.Struct('').size)
print(s.pack(1, -2), s.unpack(b'\x01\x00\xfe\xff\xff\xff'), s.unpack(bytearray(6)))
print(s.unpack_from(b'\x00' * 10, 3), s.unpack_from(buffer=b'\x07\x00\x08\x00\x00\x00'), s.unpack_from(b'xx\x05\x00\x06\x00\x00\x00', offset=2))
print(list(s.iter_unpack(b'\x01\x00\x02\x00\x00\x00' * 3)))
buf = bytearray(10)
print(s.pack_into(buf, 1, 0x102, 0x3040506), buf)
s.pack_into(buf, -6, -1, -1)
print(buf)
s2 = struct.Struct('!I')
print(s2.pack(0xdeadbeef), s2.unpack(s2.pack(7)))
s2.__init__('<b')
print(s2.format, s2.size, s2.pack(-1))

class Header(struct.Struct):
    def __init__(self):
        super().__init__('>HH')
    def read(self, data):
        return dict(zip(('kind', 'length'), self.unpack(data)))

h = Header()
print(h.size, h.read(b'\x00\x01\x00\x10'), isinstance(h, struct.Struct))
h.note = 'subclass instances take attributes'
print(h.note)

def show(f, *args, **kw):
    try:
        print('ok', f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

show(setattr, s, 'size', 3)
show(setattr, s, 'format', 'i')
show(setattr, s, 'other', 1)
show(getattr, s, '__dict__')
show(struct.Struct)
show(struct.Struct, 'i', 'h')
show(struct.Struct, 'q', bogus=1)
show(s.pack, 1)
show(s.pack, 1, 2, x=3)
show(s.unpack)
show(s.unpack, b'\x01')
show(s.unpack, 'abcdef')
show(s.unpack_from)
show(s.unpack_from, b'\x00' * 10, 5)
show(s.unpack_from, b'\x00' * 10, -11)
show(s.unpack_from, b'\x00' * 10, -3)
show(s.unpack_from, b'\x00' * 10, 2**70)
show(s.unpack_from, b'\x00' * 10, 1.0)
show(s.unpack_from, b'x', bogus=1)
show(s.iter_unpack)
show(s.iter_unpack, b'\x00' * 7)
show(s.iter_unpack, 'abcdef')
show(lambda: list(struct.Struct('x0i').iter_unpack(b'')))
show(struct.Struct('').iter_unpack, b'')
show(s.pack_into)
show(s.pack_into, buf)
show(s.pack_into, buf, 0, 1)
show(s.pack_into, buf, 5, 1, 2)
show(s.pack_into, buf, -11, 1, 2)
show(s.pack_into, buf, -2, 1, 2)
show(s.pack_into, b'0123456789', 0, 1, 2)
show(s.pack_into, buf, 0, 1, 2, x=1)
# the module's functions
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', 1), struct.unpack_from('<h', buffer=b'\x00\x01\x02\x03', offset=2))
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', offset=-2), struct.unpack_from('<i', bytearray(b'abcdefgh')))
for off in (-1, -5, 3, 4, 10):
    show(struct.unpack_from, '<h', b'\x00\x01\x02\x03', off)
ba = bytearray(8)
struct.pack_into('<h', ba, 2, 0x102)
struct.pack_into('<h', ba, -2, 0x304)
print(ba)
for off in (-9, -1, 7, 8, 20):
    show(struct.pack_into, '<h', ba, off, 1)
show(struct.pack_into, '<h', ba)
show(struct.pack_into, '<h', ba, 0)
show(struct.pack_into, '<hh', ba, 0, 1)
show(struct.pack_into, '<h', ba, 0, 1, 2)
show(struct.pack_into, '<h', 'abcd', 0, 1)
show(struct.pack_into, '<h', ba, 1.5, 1)
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), iter(it) is it, next(it), it.__length_hint__(), list(it), it.__length_hint__())
show(next, it)
print(list(struct.iter_unpack('i', b'')), list(struct.iter_unpack('>HB', bytes(range(9)))))
show(struct.iter_unpack, 'i', b'12345')
data = bytearray(b'\x01\x02')
it = struct.iter_unpack('b', data)
data[0] = 99
print(list(it))
print(sorted(struct.__all__), struct._clearcache())
from struct import *
print(calcsize('q'), pack('>h', 1), unpack('>h', b'\x00\x02'), Struct('i').size, error is struct.error)
