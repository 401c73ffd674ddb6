# Decoding no bytes gives '' before the codec is even looked up (PyUnicode_Decode), whatever
# the encoding and errors; encoding an empty str does look the codec up.
import codecs
for enc in ['nonexistent', 'hex', 'rot13', 'punycode', 'idna', 'utf-8', 'utf-16']:
    for err in ['strict', 'xmlcharrefreplace', 'bogus']:
        try:
            print(enc, err, repr(b''.decode(enc, err)), repr(bytearray().decode(enc, err)))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
        try:
            print(enc, err, repr(''.encode(enc, err)))
        except Exception as e:
            print(enc, err, 'encode:', type(e).__name__, e)
        try:
            print(enc, err, repr(str(b'', enc, err)), repr(str(memoryview(b''), enc)))
        except Exception as e:
            print(enc, err, 'str:', type(e).__name__, e)
for enc in ['nonexistent', 'hex', 'utf-8']:
    try:
        print(repr(codecs.decode(b'', enc)))
    except Exception as e:
        print('codecs.decode:', type(e).__name__, e)
try:
    b''.decode(5)
except TypeError as e:
    print(e)
