# gzip.open text modes are io.TextIOWrapper over the GzipFile: encoding, newline translation on write, universal newlines on read, decode errors; fileinput.hook_compressed
import fileinput
import gzip, io, os, tempfile
d = tempfile.mkdtemp(); g = os.path.join(d, 'a.gz')
with gzip.open(g, 'wt', encoding='latin-1', newline='\r\n') as f:
    print(repr(f)[:40] == '<_io.TextIOWrapper name=%r' % g[:14] if False else type(f).__name__, f.encoding, f.write('héllo\nworld\n'), f.writable(), f.readable())
    f.writelines(['x\n', 'y'])
with gzip.open(g, 'rb') as f: print(f.read())
with gzip.open(g, 'rt', encoding='latin-1') as f: print(f.readline(), f.newlines, f.read(3), list(f), f.tell() if False else '')
with gzip.open(g, 'rt') as f:
    try: f.read()
    except UnicodeDecodeError as e: print('UnicodeDecodeError', e)
b = io.BytesIO()
with gzip.open(b, 'wt') as f: f.write('in memory\n')
with gzip.open(io.BytesIO(b.getvalue()), 'rt') as f: print(f.read(), f.encoding, f.closed)
print(f.closed)
try: gzip.open(g, 'rtb')
except ValueError as e: print('ValueError', e)
try: gzip.open(g, 'rb', encoding='x')
except ValueError as e: print('ValueError', e)
g2 = os.path.join(d, 'c.gz'); t = os.path.join(d, 'b.txt')
with gzip.open(g2, 'wb') as f: f.write('gz line é\nsecond\n'.encode('utf-8'))
with open(t, 'w') as f: f.write('plain\n')
with fileinput.input([g2, t], openhook=fileinput.hook_compressed, encoding='utf-8') as fi:
    for line in fi: print(fileinput.filename() == g2, fi.filelineno(), repr(line))
with fileinput.input([g2], openhook=fileinput.hook_compressed, mode='rb') as fi: print(list(fi))
with gzip.open(g2, 'rt', encoding='utf-8', newline='') as f: print(type(f).__name__, f.readlines())
