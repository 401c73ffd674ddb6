# str.encode / bytes.decode with utf-16 and utf-32: byte orders, BOMs, surrogate pairs, errors and handlers


def show(label, f):
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, type(e).__name__, e, e.start, e.end)
    except Exception as e:
        print(label, type(e).__name__, e)


text = 'a\xe9\u20ac\U0001f600'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text, len(data))
    print(enc, ''.encode(enc), b''.decode(enc) == '')

# Aliases, spelled as CPython accepts them.
for name in ['UTF-16', 'utf16', 'u16', 'utf_16', 'UTF-16LE', 'utf_16_le', 'utf-16le', 'UnicodeLittleUnmarked',
             'utf-16 be', 'unicodebigunmarked', 'UTF32', 'u32', 'utf_32_be', 'UTF-32LE', ' utf--16 ']:
    show(name, lambda: 'hi'.encode(name))
show('utf16le', lambda: 'hi'.encode('utf16le'))
show('utf.16', lambda: 'hi'.encode('utf.16'))
show('utf-8-sig', lambda: 'hi'.encode('utf-8-sig'))
show('utf-8-sig decode', lambda: b'\xef\xbb\xbfhi'.decode('utf-8-sig'))
show('utf-8-sig no bom', lambda: b'hi'.decode('utf-8-sig'))
show('utf-8-sig bad', lambda: b'\xef\xbb\xbfh\xff'.decode('utf-8-sig'))

# Decoding honours a BOM; without one, little-endian.
show('bom le', lambda: b'\xff\xfeh\x00i\x00'.decode('utf-16'))
show('bom be', lambda: b'\xfe\xff\x00h\x00i'.decode('utf-16'))
show('no bom', lambda: b'h\x00i\x00'.decode('utf-16'))
show('bom only', lambda: b'\xff\xfe'.decode('utf-16'))
show('bom kept by -le', lambda: b'\xff\xfeh\x00'.decode('utf-16-le'))
show('bom32 le', lambda: b'\xff\xfe\x00\x00h\x00\x00\x00'.decode('utf-32'))
show('bom32 be', lambda: b'\x00\x00\xfe\xff\x00\x00\x00h'.decode('utf-32'))
show('str()', lambda: str(b'\xff\xfeh\x00', 'utf-16'))
show('bytes()', lambda: bytes('h', 'utf-32-be'))
show('bytearray()', lambda: bytearray('h', encoding='utf-16-be'))

# Surrogate pairs
show('pair le', lambda: b'=\xd8\x00\xde'.decode('utf-16-le'))
show('pair be', lambda: b'\xd8=\xde\x00'.decode('utf-16-be'))
show('pair 32', lambda: '\U0010ffff'.encode('utf-32-be'))

# Truncated and malformed data
bad16 = [b'a\x00b', b'\x00\xd8a\x00', b'\x00\xdc\x00\xdca\x00', b'\x00\xd8\x00\xd8\x00\xdc', b'\x00\xd8',
         b'\x00\xd8\x00', b'\xff', b'a\x00\x00\xd8']
for data in bad16:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        show('%r %s' % (data, errors), lambda: data.decode('utf-16-le', errors))
show('be tail', lambda: b'\xd8\x00\xd8'.decode('utf-16-be'))
show('be pass', lambda: b'\xd8\x00\xd8'.decode('utf-16-be', 'surrogatepass'))
show('bom be tail', lambda: b'\xfe\xff\x00'.decode('utf-16'))
bad32 = [b'a\x00\x00\x00b', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00a\x00\x00\x00', b'a\x00\x00',
         b'\x00\xdc\x00\x00\x00\xdc\x00\x00']
for data in bad32:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        show('%r %s' % (data, errors), lambda: data.decode('utf-32-le', errors))
show('32 be range', lambda: b'\x00\x00\x11\x00a\x00\x00\x00'.decode('utf-32-be'))
show('32 be escape', lambda: b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32-be', 'surrogateescape'))
show('32 bom be surrogate', lambda: b'\x00\x00\xfe\xff\x00\x00\xd8\x00'.decode('utf-32'))

# Lone surrogates are refused when encoding, one character at a time.
for enc in ['utf-16', 'utf-16-le', 'utf-32-be']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']:
        show('%s %s' % (enc, errors), lambda: 'x\udc80\ud800y'.encode(enc, errors))
show('utf-8 run', lambda: 'x\udc80\udc81y'.encode('utf-8'))
show('utf-8 escape', lambda: 'x\udc80\ud800y'.encode('utf-8', 'surrogateescape'))
show('latin-1 escape', lambda: '\udc80\udc01'.encode('latin-1', 'surrogateescape'))
show('ascii escape', lambda: '\xe9\udc80\udc01'.encode('ascii', 'surrogateescape'))
show('ascii pass', lambda: '\ud800'.encode('ascii', 'surrogatepass'))
show('namereplace surrogate', lambda: 'a\ud800'.encode('utf-16-le', 'namereplace'))

# Unknown handlers, handlers that only encode, and the codecs str.encode refuses.
show('nope fast', lambda: b'\x00\xd8'.decode('utf-16', 'nope'))
show('nope slow', lambda: b'\x00\xd8'.decode('utf-16-le', 'nope'))
show('nope encode', lambda: 'a\ud800'.encode('u16', 'nope'))
show('nope unused', lambda: 'abc'.encode('utf-16-le', 'nope'))
show('xmlchar decode', lambda: b'\x00\xd8'.decode('utf-16', 'xmlcharrefreplace'))
show('xmlchar decode slow', lambda: b'\x00\xd8'.decode('utf-32-le', 'xmlcharrefreplace'))
show('rot13', lambda: 'abc'.encode('rot13'))
show('hex', lambda: b'abc'.decode('hex'))
show('base64', lambda: 'abc'.encode('base_64'))
show('unknown', lambda: 'abc'.encode('utf-7x'))
show('unknown decode', lambda: b'abc'.decode('nope'))
