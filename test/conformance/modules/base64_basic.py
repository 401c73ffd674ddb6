# base64: b64 (standard, URL-safe, altchars, validate), b32, b32hex, b16, b85, encodebytes, file helpers
import base64
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xfb\xff\xfe\x00']:
    enc = [base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data),
           base64.b32hexencode(data), base64.b16encode(data), base64.b85encode(data)]
    print(data, enc)
    print(base64.b64decode(enc[0]) == data, base64.urlsafe_b64decode(enc[1]) == data,
          base64.b32decode(enc[2]) == data, base64.b32hexdecode(enc[3]) == data,
          base64.b16decode(enc[4]) == data, base64.b85decode(enc[5]) == data)

show('altchars', lambda: base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'))
show('altchars decode', lambda: base64.b64decode(b'-__-', b'-_'))
show('altchars str', lambda: base64.b64decode(b'-__-', '-_'))
show('str input', lambda: base64.b64decode('+//+'))
show('standard', lambda: base64.standard_b64encode(b'\xff'))
show('standard decode', lambda: base64.standard_b64decode('/w=='))
show('urlsafe', lambda: base64.urlsafe_b64encode(b'\xfb\xff'))
show('urlsafe str', lambda: base64.urlsafe_b64decode('-_8='))
show('urlsafe plus', lambda: base64.urlsafe_b64decode(b'+/8='))
show('newline skipped', lambda: base64.b64decode(b'YW\nJj'))
show('validate ok', lambda: base64.b64decode(b'YWJj', validate=True))
show('bytearray', lambda: base64.b64encode(bytearray(b'ab')))
show('bytearray decode', lambda: base64.b64decode(bytearray(b'YWI=')))
show('b32 str', lambda: base64.b32decode('NBSWY3DP'))
show('b32 casefold', lambda: base64.b32decode(b'me======', casefold=True))
show('b32 map01 L', lambda: base64.b32decode(b'M0======', map01=b'L'))
show('b32 map01 I', lambda: base64.b32decode(b'M1======', map01='I'))
show('b32hex casefold', lambda: base64.b32hexdecode(b'd1imor3f', casefold=True))
show('b16 casefold', lambda: base64.b16decode('01ab', casefold=True))
show('b85 pad', lambda: base64.b85encode(b'hello', pad=True))
show('b85 zeros', lambda: base64.b85encode(b'\x00' * 4))
show('b85 short', lambda: base64.b85decode(b'Xk~0{Z'))
show('b85 odd', lambda: base64.b85decode(b'|NsC0'))
show('encodebytes', lambda: base64.encodebytes(b'x' * 60))
show('decodebytes', lambda: base64.decodebytes(b'eHh4\neHh4\n'))

src = io.BytesIO(b'binary \x00 data ' * 10)
out = io.BytesIO()
base64.encode(src, out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == b'binary \x00 data ' * 10)
print(sorted(n for n in base64.__all__ if not n.startswith('a85')))
