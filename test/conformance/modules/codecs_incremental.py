# codecs.getincrementaldecoder/getincrementalencoder: pieces cut inside characters, byte order marks, errors, state
import codecs, io
for name, data in [('utf-16-le', b'\x3d\xd8\x41'), ('utf-16-le', b'\x3d\xd8'), ('utf-16-le', b'\x41'), ('utf-32-le', b'\x41\x00\x00'), ('utf-8', b'\xe2\x82'), ('utf-8', b'\xf0\x9f\x98')]:
    try: data.decode(name)
    except UnicodeDecodeError as e: print(name, data, e.start, e.end, e.reason)
d = codecs.getincrementaldecoder('utf-16')()
try: print(repr(d.decode(b'a\x00', final=True)))
except Exception as e: print(type(e).__name__, e)
d = codecs.getincrementaldecoder('utf-16')(); print(repr(d.decode(b'\xff')), repr(d.decode(b'\xfea\x00b')), repr(d.decode(b'\x00', True)))
w=None
pass
d = codecs.getincrementaldecoder('utf-8')('replace'); print(repr(d.decode(b'a\xffb\xe2\x82')), repr(d.decode(b'\xac', True)), d.getstate())
d = codecs.getincrementaldecoder('utf-8')(); print(repr(d.decode(b'a\xe2')), d.getstate()); d.reset(); print(d.getstate())
try: d.decode(b'\xe2', final=True)
except UnicodeDecodeError as e: print(e)
e = codecs.getincrementalencoder('utf-16')(); print(e.encode('a'), e.encode('b'), e.getstate()); e.reset(); print(e.encode('c'))
e = codecs.getincrementalencoder('utf-8-sig')(); print(e.encode('a'), e.encode('b'))
d = codecs.getincrementaldecoder('utf-8-sig')(); print(repr(d.decode(b'\xef\xbb')), repr(d.decode(b'\xbfx')), repr(d.decode(b'\xef\xbb\xbf')))
print(codecs.getincrementaldecoder('latin-1'), codecs.getincrementaldecoder('utf-8').__mro__)
try: codecs.getincrementaldecoder('hex')
except Exception as ex: print(type(ex).__name__, ex)
text = 'aé€😀\n\r\nz'
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-8-sig', 'latin-1', 'cp1252', 'ascii']:
    try: data = text.encode(enc)
    except UnicodeEncodeError: data = text.encode(enc, 'replace')
    d = codecs.getincrementaldecoder(enc)()
    pieces = [d.decode(data[i:i + 1]) for i in range(len(data))] + [d.decode(b'', True)]
    print(enc, pieces == [p for p in pieces], ''.join(pieces) == data.decode(enc), [p for p in pieces if p][:6])
    for step in (2, 3, 5):
        d.reset(); out = ''.join(d.decode(data[i:i + step]) for i in range(0, len(data), step)) + d.decode(b'', final=True)
        assert out == data.decode(enc), (enc, step)
    e = codecs.getincrementalencoder(enc)('replace')
    print(b''.join(e.encode(c) for c in text) + e.encode('', final=True) == text.encode(enc, 'replace'))
d = codecs.getincrementaldecoder('utf-8')('replace'); print([d.decode(b) for b in [b'\xe2', b'\x28', b'\xf0\x9f', b'\x98\x80', b'\xff']], d.decode(b'\xc3', True))
d = codecs.getincrementaldecoder('utf-8')('strict')
try: d.decode(b'ab\xe2\x28')
except UnicodeDecodeError as e: print(e)
print(issubclass(codecs.getincrementaldecoder('utf-8'), codecs.IncrementalDecoder), codecs.getincrementalencoder('utf-16')().getstate(), codecs.getincrementalencoder('utf-8-sig')().getstate())
