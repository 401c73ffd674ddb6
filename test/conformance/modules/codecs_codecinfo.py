# codecs.CodecInfo built by hand and by lookup: tuple shape, attributes, _is_text_encoding, repr; getencoder/getdecoder
import codecs

def enc(s, errors='strict'):
    return s.upper().encode(), len(s)

def dec(b, errors='strict'):
    return b.decode().lower(), len(b)

info = codecs.CodecInfo(enc, dec, name='shout')
print(type(info).__name__, isinstance(info, tuple), len(info), info[2:], info[0] is enc, info[1] is dec)
print(info.name, info.encode is enc, info.decode is dec, info.streamreader, info.streamwriter,
      info.incrementalencoder, info.incrementaldecoder, info._is_text_encoding)
print(repr(info).split(' at ')[0])
full = codecs.CodecInfo(enc, dec, 'SR', 'SW', 'IE', 'ID', 'full', _is_text_encoding=False)
print(tuple(full)[2:], full.name, full.streamreader, full.streamwriter, full.incrementalencoder, full.incrementaldecoder)
print(full._is_text_encoding, codecs.CodecInfo._is_text_encoding, codecs.CodecInfo(enc, dec)._is_text_encoding)
print(codecs.CodecInfo(enc, dec).name, repr(codecs.CodecInfo(enc, dec)).split(' at ')[0])
e, d, r, w = info
print(e('hi'), d(b'HI'), r, w)
full.name = 'renamed'
print(full.name, full[:2] == (enc, dec))
try:
    codecs.CodecInfo(enc)
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    codecs.CodecInfo(enc, dec, _is_text_encoding=True, bogus=1)
except TypeError as exc:
    print(type(exc).__name__, exc)
for name in ('utf-8', 'hex', 'rot13', 'latin-1'):
    i = codecs.lookup(name)
    print(name, i._is_text_encoding, repr(i).split(' at ')[0], codecs.getencoder(name) == i.encode, codecs.getdecoder(name) == i.decode)
L = codecs.lookup
print(L('UTF-8') is L('utf-8'), L('utf_8') is L('utf-8'), L('hex') is L('hex'), L('utf8').encode == L('utf-8').encode)
for bad in (lambda: codecs.encode('x', None), lambda: codecs.decode(b'x', 'utf-8', None), lambda: L(None), lambda: L(b'utf-8')):
    try:
        bad()
    except TypeError as exc:
        print(type(exc).__name__, exc)
print(codecs.getencoder('rot13')('abc'), codecs.getdecoder('hex')(b'6162'))
for bad in (lambda: codecs.getencoder('nope'), lambda: codecs.getdecoder(None)):
    try:
        bad()
    except (LookupError, TypeError) as exc:
        print(type(exc).__name__, exc)
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM64_LE is codecs.BOM_UTF32_LE, sorted(codecs.__all__)[:6])
