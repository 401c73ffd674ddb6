# json.loads of bytes: the encoding detected from a BOM or the zero bytes (UTF-8/16/32, either order), surrogatepass; detect_encoding
import json
docs = [b'[1]', b'\xef\xbb\xbf[1]', '[1, "\u00e9"]'.encode('utf-16'), '[1, "\u00e9"]'.encode('utf-16-le'), '[1, "x"]'.encode('utf-16-be'),
        '{"a": 2}'.encode('utf-32'), '{"a": 2}'.encode('utf-32-le'), '{"a": 2}'.encode('utf-32-be'), '7'.encode('utf-16-le'), '7'.encode('utf-16-be'),
        b'"\xed\xa0\x80"', bytearray(b'{"k": [true]}'), b'', b'\xff']
for d in docs:
    print(d[:6], json.detect_encoding(bytes(d)), end=' ')
    try:
        print(repr(json.loads(d)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['\ufeff[1]', '[1]']:
    try:
        print(json.loads(s))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos)
