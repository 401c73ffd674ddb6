# base64 round trips over many lengths (b32/b32hex/b85/b64/b16), base85 overflow and positions, map01 with casefold, altchars with validate, encodebytes at its 57-byte line boundary, file helpers with short reads
import base64
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


blob = bytes((i * 73 + 41) % 256 for i in range(64))
ok = True
for n in range(0, 41):
    data = blob[:n]
    for enc, dec in [(base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b85encode, base64.b85decode), (base64.b64encode, base64.b64decode),
                     (base64.b16encode, base64.b16decode), (base64.encodebytes, base64.decodebytes)]:
        if dec(enc(data)) != data:
            ok = False
            print('mismatch', enc.__name__, n)
    if base64.b85decode(base64.b85encode(data, pad=True))[:n] != data:
        print('pad mismatch', n)
print('round trips', ok)
print(base64.b32encode(blob[:13]), base64.b32hexencode(blob[:7]), base64.b85encode(blob[:9]))
show('b85 overflow', lambda: base64.b85decode(b'|NsC1'))
show('b85 overflow later', lambda: base64.b85decode(b'00000|NsC1'))
show('b85 bad later', lambda: base64.b85decode(b'0000000"00'))
show('b85 str', lambda: base64.b85decode('VPa!sWoBn+'))
show('b85 one char', lambda: base64.b85decode(b'V'))
show('b85 bytearray', lambda: base64.b85encode(bytearray(b'abc')))
show('b32 map01 casefold', lambda: base64.b32decode(b'm1======', casefold=True, map01=b'L'))
show('b32 map01 no casefold', lambda: base64.b32decode(b'm1======', map01=b'L'))
show('b32 zero', lambda: base64.b32decode(b'M0======'))
show('b32hex lower', lambda: base64.b32hexdecode(b'd1imor3f'))
show('b32 bytearray', lambda: base64.b32decode(bytearray(b'MFRGG===')))
show('b32 pad 1', lambda: base64.b32decode(b'MFRGGZA='))
show('b32 pad 2', lambda: base64.b32decode(b'MFRGGZ=='))
show('b64 alt validate', lambda: base64.b64decode(b'-__-', altchars=b'-_', validate=True))
show('b64 alt validate bad', lambda: base64.b64decode(b'+__-', altchars=b'-_', validate=True))
show('urlsafe mixed', lambda: base64.urlsafe_b64decode(b'-_+/'))
show('b16 bytearray', lambda: base64.b16decode(bytearray(b'4142')))
show('b16 space', lambda: base64.b16decode(b'41 42'))
show('b16 empty', lambda: base64.b16decode(b''))
for n in [56, 57, 58, 114, 115]:
    print(n, base64.encodebytes(b'z' * n).count(b'\n'), len(base64.encodebytes(b'z' * n)))
show('encodebytes empty', lambda: base64.encodebytes(b''))


class Trickle(io.RawIOBase):
    """Hands out at most 10 bytes per read, to check that encode() fills whole lines."""
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def read(self, n=-1):
        piece, self.data = self.data[:min(n, 10)], self.data[min(n, 10):]
        return piece


out = io.BytesIO()
base64.encode(Trickle(bytes(range(120))), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(120)))
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
