# codecs: the quopri, uu and zlib transforms (lookup names, encode/decode, their functions, wrapped errors)
import codecs
for n in ['zlib','zip','quopri','quoted-printable','quotedprintable','uu','uu_codec','zlib_codec','quopri_codec']:
  i = codecs.lookup(n); print(n, i.name, i.encode.__name__ if hasattr(i.encode,'__name__') else i.encode, i._is_text_encoding)
print(codecs.encode(b'hello world '*3, 'zlib'))
print(codecs.decode(codecs.encode(b'abc', 'zlib'), 'zlib'))
print(codecs.encode(b'a=b \tc\n', 'quopri'), codecs.decode(b'a=3Db=20=\nc', 'quopri'))
print(codecs.encode(b'hello', 'uu'))
print(codecs.decode(b'begin 666 <data>\n%:&5L;&\\\n \nend\n', 'uu'))
print(codecs.decode(b'junk\nbegin 644 x\n%:&5L;&\\xxxxx\n \nend\n', 'uu'))
data = bytes(range(256)) * 3
print(codecs.decode(codecs.encode(data, 'uu'), 'uu') == data, codecs.encode(data, 'uu')[-80:])
print(codecs.decode(codecs.encode(data, 'quopri'), 'quopri') == data, codecs.encode(data, 'quopri')[:200])
for c in [lambda: codecs.decode(b'xx', 'zlib'), lambda: codecs.encode('abc', 'zlib'), lambda: codecs.decode(b'abc', 'uu'), lambda: codecs.decode(b'begin 666 x\n%:&5L', 'uu'), lambda: codecs.encode('x', 'quopri'), lambda: codecs.encode(b'x', 'zlib', 'ignore'), lambda: 'x'.encode('zlib'), lambda: codecs.encode(b'x', 'uu', 'replace'), lambda: b'x'.decode('quopri'), lambda: codecs.decode('abc', 'uu')]:
  try: print(c())
  except Exception as e: print(type(e).__name__, e, repr(e.__cause__))
print(codecs.lookup('uu').encode(b'ab'), codecs.lookup('zlib').decode(codecs.encode(b'q','zlib')))
print(codecs.lookup('quopri').encode(b'x=y'))
