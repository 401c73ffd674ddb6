# binascii: hexlify/unhexlify with separators, crc32 and crc_hqx, and their errors
import binascii


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show('hexlify', lambda: binascii.hexlify(b'\x01\xab\xff'))
show('b2a_hex', lambda: binascii.b2a_hex(bytearray(b'hi')))
show('sep', lambda: binascii.hexlify(b'abcdef', '-'))
show('sep bytes 2', lambda: binascii.hexlify(b'abcdef', b':', 2))
show('sep -2', lambda: binascii.hexlify(b'abcde', ':', -2))
show('sep 2 odd', lambda: binascii.hexlify(b'abcde', ':', 2))
show('sep keywords', lambda: binascii.b2a_hex(b'ab', sep='_', bytes_per_sep=1))
show('per sep only', lambda: binascii.hexlify(b'ab', bytes_per_sep=1))
show('empty', lambda: binascii.hexlify(b'', ':'))
show('data keyword', lambda: binascii.hexlify(data=b'a'))
show('unhexlify', lambda: binascii.unhexlify(b'01abFF'))
show('unhexlify str', lambda: binascii.unhexlify('01abff'))
show('a2b_hex', lambda: binascii.a2b_hex(bytearray(b'00ff')))
for data in [b'0', '0g', '0 1', 'é1', 1]:
    show('unhexlify %r' % (data,), lambda: binascii.unhexlify(data))
show('hexlify str', lambda: binascii.hexlify('abc'))
show('hexlify int', lambda: binascii.hexlify(1))
show('sep long', lambda: binascii.hexlify(b'ab', '::'))
show('sep int', lambda: binascii.hexlify(b'ab', 1))
show('sep count str', lambda: binascii.hexlify(b'ab', ':', 'x'))
show('no args', lambda: binascii.hexlify())
show('too many', lambda: binascii.hexlify(b'a', ':', 1, 2))
show('unhexlify keyword', lambda: binascii.unhexlify(hexstr='00'))
show('unhexlify none', lambda: binascii.unhexlify())

for data in [b'', b'hello', b'hello world', bytearray(b'\x00\xff' * 10)]:
    print('crc32', data, binascii.crc32(data))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
print(binascii.crc32(b'a', 1), binascii.crc32(b'a', -1), binascii.crc32(b'a', 2 ** 40))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'', 7))
show('crc32 str', lambda: binascii.crc32('abc'))
show('crc32 float', lambda: binascii.crc32(b'a', 1.0))
show('crc32 none', lambda: binascii.crc32())
show('crc32 many', lambda: binascii.crc32(b'a', 1, 2))
show('crc32 keyword', lambda: binascii.crc32(data=b'a'))

print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error.__module__, issubclass(binascii.Error, ValueError), repr(binascii.Error('x')))
try:
    binascii.unhexlify('zz')
except ValueError as e:
    print('caught as ValueError:', e)
