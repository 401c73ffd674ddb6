# unicode_escape, raw_unicode_escape and escape_decode/escape_encode: what they escape, every
# decode error under each error handler, and the DeprecationWarning of an invalid escape.
import codecs
import warnings

warnings.simplefilter('always')
for t in [b'abc', b'a\\nb\\tc\\\\d\\\'\\"', b'\\x41\\u0042\\U00000043', b'\\101\\7', b'\\N{BULLET}x',
          b'line\\\ncont', b'\xe9\xff', b'\\\\u0041', b'\\\\\\u0041']:
    print(repr(t.decode('unicode_escape')), repr(t.decode('raw_unicode_escape')))
for t in [b'\\x4', b'\\x4g', b'\\u12', b'\\U0011ffff', b'\\N{NOPE}', b'\\N{', b'\\N', b'\\N{}', b'abc\\',
          b'\\U1234', b'\\u12x4zz']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(errors, repr(t.decode('unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(errors, 'UnicodeDecodeError', e.start, e.end, e.reason, str(e))
    for errors in ['strict', 'replace']:
        try:
            print('raw', errors, repr(t.decode('raw_unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print('raw', errors, 'UnicodeDecodeError', e.start, e.end, e.reason, str(e))
for s in ['abc', 'a\nb\t\\\'"\r', '\x00\x1f\x7f\x80\xff', '\u0100\uffff', '\U0001f600', '\ud800', 'é']:
    print(repr(s.encode('unicode_escape')), repr(s.encode('raw_unicode_escape')))
print(codecs.lookup('unicode-escape').name, codecs.lookup('RAW_UNICODE_ESCAPE').name)
print(codecs.unicode_escape_decode(b'\\n'), codecs.unicode_escape_encode('\n'), codecs.raw_unicode_escape_decode(b'\\u00e9'))
print(codecs.decode(b'\\u00e9', 'unicode_escape'), codecs.encode('é', 'unicode_escape'))
print(r'\d+\s'.encode().decode('unicode_escape'))
print(b'\\777'.decode('unicode_escape'))

print(codecs.escape_decode(b'\\x41\\n\\101\\q\\\n'), codecs.escape_decode('ab\\t'))
for t in [b'\\x4', b'\\x4g', b'ab\\', b'\\xgg', b'\\x', b'a\\x1']:
    for errors in ['strict', 'replace', 'ignore']:
        try:
            print(errors, codecs.escape_decode(t, errors))
        except ValueError as e:
            print(errors, type(e).__name__, e)
try:
    codecs.escape_decode(b'\\x1', 'backslashreplace')
except ValueError as e:
    print(type(e).__name__, e)
print(codecs.escape_encode(b'\x00a\\\'"\n\t\x7f\xff'), codecs.escape_encode(b''))
try:
    codecs.escape_encode('x')
except TypeError as e:
    print(type(e).__name__, e)
print(codecs.escape_decode(b'\\777'), codecs.escape_decode(bytearray(b'\\n')), codecs.escape_decode(memoryview(b'x')))
print(b'\x41\101\n\\', b'\q', rb'\x41')
