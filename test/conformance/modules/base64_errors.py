# base64 errors: bad input types, non-ASCII str, padding, invalid digits, validate=True
import base64
import binascii


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, isinstance(e, ValueError))


show('encode str', lambda: base64.b64encode('abc'))
show('altchars short', lambda: base64.b64encode(b'\xfb\xff\xfe', b'-'))
show('altchars str', lambda: base64.b64encode(b'\xfb\xff\xfe', '-_'))
show('altchars long', lambda: base64.b64decode(b'YWI=', altchars=b'-_-'))
show('altchars non-ascii', lambda: base64.b64decode(b'YWI=', altchars='-é'))
show('decode non-ascii', lambda: base64.b64decode('é'))
show('decode int', lambda: base64.b64decode(1))
show('padding', lambda: base64.b64decode(b'YQ'))
show('length', lambda: base64.standard_b64decode('_w=='))
for data in [b'YW Jj', b'YQ=', b'YQ==\n', b'YQ=a', b'YQ===', b'=YQ=']:
    show('validate %r' % data, lambda: base64.b64decode(data, validate=True))
show('urlsafe encode str', lambda: base64.urlsafe_b64encode('a'))
show('b32 str', lambda: base64.b32encode('a'))
show('b32 int', lambda: base64.b32encode(1))
for data in [b'me======', b'ME=====', b'ME', b'M1======', b'M=======', b'MFR=====', b'MF=A====', b'ME======ME======',
             b'========', b'1=======']:
    show('b32decode %r' % data, lambda: base64.b32decode(data))
show('b32 map01 long', lambda: base64.b32decode(b'M1======', map01=b'LI'))
show('b16 lower', lambda: base64.b16decode('01ab'))
show('b16 odd', lambda: base64.b16decode('01A'))
show('b16 digit', lambda: base64.b16decode('0G'))
show('b16 str', lambda: base64.b16encode('a'))
show('b85 char', lambda: base64.b85decode(b'Xk~0{Zv\x00'))
show('b85 str', lambda: base64.b85encode('a'))
show('b85 non-ascii', lambda: base64.b85decode('é'))
show('encodebytes str', lambda: base64.encodebytes('abc'))
show('decodebytes str', lambda: base64.decodebytes('YWJj'))
show('Error', lambda: base64.binascii.Error is binascii.Error)
