# encodings: normalize_encoding, search_function (aliases, cache, unknown names), aliases, the codec modules
import codecs
import encodings
import encodings.aliases

print(encodings.normalize_encoding('UTF-8 sig'), encodings.normalize_encoding(b'Latin--1'),
      encodings.normalize_encoding('\xe9-x.y  z'), encodings.normalize_encoding('  -a'), repr(encodings.normalize_encoding('')))
for name in ['latin1', 'utf8', 'UTF-8', 'cp1252', 'hex', 'rot13', 'zlib', 'nope', 'ISO-8859-15', 'us-ascii', 'u16']:
    info = encodings.search_function(name)
    print(name, None if info is None else (type(info).__name__, info.name, info._is_text_encoding))
print(encodings.search_function('utf8') is encodings.search_function('utf8'))
print(encodings.search_function('nope') is None, 'nope' in encodings._cache)
a = encodings.aliases.aliases
print(a['latin1'], a['utf8'], a['646'], a['u16'], a['cp819'], a['hex'], a['rot13'], a['quopri'], a['zip'], a.get('nosuch'))
print(issubclass(encodings.CodecRegistryError, LookupError), issubclass(encodings.CodecRegistryError, SystemError))

import encodings.utf_8 as u
print(u.encode('\xe9'), u.decode(b'\xc3\xa9'), u.getregentry().name, u.decode(b'\xff', 'replace'))
import encodings.cp1252 as c
print(c.Codec().encode('\u20ac'), c.Codec().decode(b'\x80'), c.getregentry().name, len(c.decoding_table),
      c.decoding_table[0x80], repr(c.decoding_table[0x81]))
import encodings.latin_1, encodings.ascii, encodings.utf_16_be, encodings.koi8_r, encodings.mac_roman
print(encodings.latin_1.Codec().encode('\xff'), encodings.ascii.Codec().decode(b'abc'), encodings.utf_16_be.encode('a'),
      encodings.koi8_r.Codec().decode(b'\xc1'), encodings.mac_roman.getregentry().name)
import encodings.hex_codec as h, encodings.base64_codec as b, encodings.zlib_codec as z
print(h.hex_encode(b'ab'), h.hex_decode(b'6162'), b.base64_encode(b'hi'), z.zlib_decode(z.zlib_encode(b'q')[0]),
      h.getregentry().name, h.getregentry()._is_text_encoding)
import encodings.rot_13 as r, io
out = io.StringIO()
r.rot13(io.StringIO('Hello'), out)
print(out.getvalue(), r.Codec().encode('abc'))
try:
    import encodings.no_such_codec
except ImportError as e:
    print(type(e).__name__, e)
try:
    u.encode(5)
except TypeError as e:
    print('TypeError', e)
import importlib
import zlib
for name in ['cp037', 'cp437', 'cp850', 'cp1250', 'cp1251', 'cp1253', 'cp1255', 'iso8859_2', 'iso8859_7', 'iso8859_15',
             'koi8_u', 'mac_greek', 'tis_620', 'cp874', 'hp_roman8']:
    table = importlib.import_module('encodings.' + name).decoding_table
    print(name, len(table), zlib.crc32(table.encode('utf-8', 'surrogatepass')))
