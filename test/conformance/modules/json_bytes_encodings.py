# json.loads of bytes: the encoding detected from a BOM or the zero bytes (UTF-8/16/32, both byte orders), surrogates
import io
import json

doc = {"name": "café ☃", "n": [1, 2.5, None, True], "emoji": "\U0001f600"}
text = json.dumps(doc, ensure_ascii=False)
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    data = text.encode(enc)
    print(enc, json.detect_encoding(data), json.loads(data) == doc, json.loads(bytearray(data)) == doc)
for short in [b"1", b"12", b"\x001", b"1\x00", b"\x00\x001\x00", b"[]  ", b""]:
    print(short, json.detect_encoding(short))
print(json.loads(b'"\\ud800"') == "\ud800", ascii(json.loads('"\\udc00x"'.encode("utf-8"))), json.load(io.BytesIO('[1, "é"]'.encode("utf-16"))))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'))
for bad in [b"\xff\xfe\x00", "\ufeff[1]", b"\xed\xa0\x80", b"{'a': 1}"]:
    try:
        print(repr(json.loads(bad)))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
