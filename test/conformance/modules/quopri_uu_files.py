# quopri (encode/decode on binary files, encodestring/decodestring, quotetabs, header) and uu (encode/decode)
import io
import quopri
import sys
import uu

text = b'caf\xc3\xa9 = tea\tand  more \nnext line_here\n' + b'z' * 90 + b'\n.\n'
print(quopri.encodestring(text))
print(quopri.encodestring(text, quotetabs=True))
print(quopri.encodestring(b'a b_c', header=True), quopri.decodestring(b'a_b=5Fc', header=True))
print(quopri.decodestring(quopri.encodestring(text)) == text)
out = io.BytesIO()
quopri.encode(io.BytesIO(text), out, quotetabs=False)
print(out.getvalue() == quopri.encodestring(text))
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == text)
print(quopri.needsquoting(b' ', False, False), quopri.needsquoting(b'_', 0, True), quopri.needsquoting(b'=', 0, 0),
      quopri.needsquoting(b'\x80', 0, 0), quopri.quote(b'\xab'), quopri.ishex(b'F'), quopri.ishex(b'g'), quopri.unhex(b'fF1'))
print(quopri.__all__, quopri.MAXLINESIZE, quopri.ESCAPE, quopri.HEX)
try:
    quopri.encodestring('text')
except TypeError as e:
    print('TypeError', e)

print(uu.__all__, issubclass(uu.Error, Exception))
data = bytes(range(100))
enc = io.BytesIO()
uu.encode(io.BytesIO(data), enc, name='data.bin', mode=0o644)
print(enc.getvalue())
enc2 = io.BytesIO()
uu.encode(io.BytesIO(b'ab\x00'), enc2, backtick=True)
print(enc2.getvalue())
enc3 = io.BytesIO()
uu.encode(io.BytesIO(b''), enc3, name='a\nb')
print(enc3.getvalue())
dec = io.BytesIO()
uu.decode(io.BytesIO(b'junk\nbegin xyz q\n' + enc.getvalue()), dec)
print(dec.getvalue() == data)
sys.stderr = sys.stdout
dec = io.BytesIO()
uu.decode(io.BytesIO(b'begin 644 f\n#86)Cxx\n \nend\n'), dec)
print(dec.getvalue())
dec = io.BytesIO()
uu.decode(io.BytesIO(b'begin 644 f\n#86)Cxx\n \nend\n'), dec, quiet=True)
for bad in [b'nothing here\n', b'begin 644 f\n#86)C\n']:
    try:
        uu.decode(io.BytesIO(bad), io.BytesIO())
    except uu.Error as e:
        print('Error', e)
