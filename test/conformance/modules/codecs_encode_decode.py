# codecs.encode/decode with text encodings and the hex, base64 and rot13 transforms; lookup names; BOMs
import codecs


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, '| cause:', type(e.__cause__).__name__)


show('default', lambda: codecs.encode('h\xe9'))
show('default decode', lambda: codecs.decode(b'h\xc3\xa9'))
show('latin-1', lambda: codecs.encode('h\xe9', 'latin-1'))
show('utf-16', lambda: codecs.encode('h\xe9', 'utf-16'))
show('utf-32-be', lambda: codecs.decode(b'\x00\x00\x00h', 'utf-32-be'))
show('bytearray', lambda: codecs.decode(bytearray(b'abc'), 'ascii'))
show('keywords', lambda: codecs.encode(obj='\xe9', encoding='ascii', errors='replace'))
show('handler', lambda: codecs.decode(b'a\xffb', 'utf-8', 'backslashreplace'))

# Transforms
show('rot13', lambda: codecs.encode('Hello, World!', 'rot13'))
show('rot_13 back', lambda: codecs.decode('Uryyb, Jbeyq!', 'rot_13'))
show('hex', lambda: codecs.encode(b'\x00\x7f\xff', 'hex'))
show('hex_codec', lambda: codecs.decode(b'007FfF', 'hex_codec'))
show('hex from str', lambda: codecs.decode('6869', 'hex'))
show('base64', lambda: codecs.encode(b'hello', 'base64'))
show('base64 long', lambda: codecs.encode(b'x' * 60, 'base64'))
show('base64 back', lambda: codecs.decode(b'aGVsbG8=\n', 'base64'))
show('base_64', lambda: codecs.decode(b'aGVs\nbG8=', 'base_64'))

# lookup: canonical names and the codec functions
for name in ['utf-8', 'UTF8', 'u8', 'latin1', 'L1', 'iso-8859-1', 'ascii', 'US-ASCII', 'utf-16', 'utf_16_be',
             'U32', 'utf-8-sig', 'rot13', 'hex', 'base64']:
    print(name, codecs.lookup(name).name)
info = codecs.lookup('utf-8')
print(type(info).__name__, isinstance(info, tuple), len(info), info.name)
print(info.encode('h\xe9'), info.decode(b'h\xc3\xa9'))
print(info[0]('x'), info[1](b'y'))
print(codecs.lookup('utf-16').encode('ab'), codecs.lookup('utf-16').decode(b'\xff\xfea\x00'))
print(codecs.lookup('hex').encode(b'ab'), codecs.lookup('rot13').decode('nop'))
print(codecs.getencoder('latin-1')('\xff'), codecs.getdecoder('utf-32-le')(b'a\x00\x00\x00'))

# Byte order marks (this machine is little-endian)
print(codecs.BOM_UTF8, codecs.BOM_UTF16, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
print(codecs.BOM_UTF32, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)
print('x'.encode('utf-16').startswith(codecs.BOM_UTF16), 'x'.encode('utf-8-sig').startswith(codecs.BOM_UTF8))
print((codecs.BOM_UTF16_BE + 'hi'.encode('utf-16-be')).decode('utf-16'))
