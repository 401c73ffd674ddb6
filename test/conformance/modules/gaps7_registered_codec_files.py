# A codec a search function registers (codecs.register) used for files: open() and
# io.TextIOWrapper run its incremental decoder and encoder; codecs.open its stream classes.
import codecs
import io
import os
import tempfile


def rot_encode(s, errors='strict'):
    return codecs.encode(s, 'rot13').encode('ascii', errors), len(s)


def rot_decode(b, errors='strict'):
    return codecs.decode(bytes(b).decode('ascii', errors), 'rot13'), len(b)


class RotEncoder(codecs.IncrementalEncoder):
    def encode(self, s, final=False):
        return rot_encode(s, self.errors)[0]


class RotDecoder(codecs.IncrementalDecoder):
    def decode(self, b, final=False):
        return rot_decode(b, self.errors)[0]


class BytesDecoder(codecs.IncrementalDecoder):
    def decode(self, b, final=False):
        return b'x'


class StrEncoder(codecs.IncrementalEncoder):
    def encode(self, s, final=False):
        return 'x'


def search(name):
    if name == 'myrot':
        return codecs.CodecInfo(rot_encode, rot_decode, name='myrot', incrementalencoder=RotEncoder,
                                incrementaldecoder=RotDecoder)
    if name == 'plain':
        return codecs.CodecInfo(lambda s, e='strict': (s.encode('ascii').upper(), len(s)),
                                lambda b, e='strict': (bytes(b).decode('ascii').lower(), len(b)), name='plain')
    if name == 'tuple4':
        return (lambda s, e='strict': (s.encode(), len(s)), lambda b, e='strict': (bytes(b).decode(), len(b)),
                None, None)
    if name == 'notext':
        info = codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda b, e='strict': (b, len(b)), name='notext')
        info._is_text_encoding = False
        return info
    if name == 'badinc':
        return codecs.CodecInfo(None, None, name='badinc', incrementalencoder=StrEncoder,
                                incrementaldecoder=BytesDecoder)
    return None


codecs.register(search)
print('hello'.encode('myrot'), b'uryyb'.decode('myrot'))

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'text.txt')


def raw():
    with open(path, 'rb') as f:
        return f.read()


with open(path, 'w', encoding='myrot') as f:
    print(f.encoding, repr(f).replace(repr(path), 'PATH'))
    f.write('hello world\n')
    f.write('again\n')
print(raw())
with open(path, encoding='MyRot') as f:
    print(f.encoding, f.readline(), f.read())
with open(path, 'a', encoding='myrot') as f:
    f.write('more')
with open(path, encoding='myrot') as f:
    print(f.readlines())

for encoding in ['myrot', 'plain', 'tuple4', 'notext', 'badinc', 'PLAIN', 'nosuch']:
    for mode in ['r', 'w']:
        try:
            with open(path, mode, encoding=encoding) as f:
                print(encoding, mode, f.encoding, end=' ')
                if mode == 'r':
                    print(repr(f.read()))
                else:
                    f.write('Text')
            print(raw())
        except Exception as e:
            print(encoding, mode, type(e).__name__, e)

for encoding in ['myrot', 'plain', 'tuple4', 'notext', 'badinc']:
    for mode in ['r', 'w']:
        try:
            t = io.TextIOWrapper(io.BytesIO(b'AbC'), encoding=encoding)
            print(encoding, mode, t.encoding, end=' ')
            if mode == 'r':
                print(repr(t.read()))
            else:
                t.write('xY')
                t.flush()
                print(t.buffer.getvalue())
        except Exception as e:
            print(encoding, mode, type(e).__name__, e)

for encoding in ['myrot', 'plain', 'tuple4', 'badinc']:
    for fn in (codecs.getincrementaldecoder, codecs.getincrementalencoder):
        try:
            print(encoding, fn.__name__, fn(encoding).__name__)
        except Exception as e:
            print(encoding, fn.__name__, type(e).__name__, e)
    try:
        with codecs.open(path, 'w', encoding=encoding) as f:
            f.write('Hi')
        print(raw())
    except Exception as e:
        print(encoding, 'codecs.open', type(e).__name__, e)
print(codecs.getincrementaldecoder('utf-8'), codecs.getincrementaldecoder('hex'))
os.remove(path)
os.rmdir(folder)
