# reconfigure() of an open() text file: encoding, newline and line buffering part way through a
# write; errors after a seek; refused once text was read ahead; a binary file has none
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'a.txt')
with open(p, 'w', encoding='utf-8') as f:
    f.write('héllo\n')
    f.reconfigure(encoding='latin-1'); f.write('wörld\n')
    print(f.encoding, f.errors, f.line_buffering, f.write_through)
    f.reconfigure(newline='\r\n', line_buffering=True, write_through=True); f.write('a\nb')
    print(f.line_buffering, f.write_through)
    for kw in [dict(encoding='nope'), dict(newline='x'), dict(errors=3), dict(bogus=1)]:
        try:
            f.reconfigure(**kw)
        except Exception as e:
            print(type(e).__name__, e)
print(open(p, 'rb').read())
f = open(p, encoding='latin-1'); print(repr(f.readline()))
try:
    f.reconfigure(encoding='utf-8')
except Exception as e:
    print(type(e).__name__, e)
f.reconfigure(line_buffering=False)
f.seek(0); f.reconfigure(encoding='ascii', errors='replace'); print(f.encoding, f.errors, repr(f.read()))
f.close()
f = open(p, 'rb'); print(hasattr(f, 'reconfigure')); f.close()
os.remove(p); os.rmdir(d)
