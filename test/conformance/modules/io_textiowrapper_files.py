# io.TextIOWrapper over binary files, a RawIOBase of the program's and sys.stdout.buffer; csv through it
import io, sys, csv, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with io.TextIOWrapper(open(p, 'wb'), encoding='utf-8', newline='\r\n') as w:
    print('alpha', file=w)
    w.write('beta\n')
    w.writelines(['g\n', 'd\n'])
with open(p, 'rb') as f:
    print(f.read())
with io.TextIOWrapper(open(p, 'rb'), encoding='utf-8') as r:
    print(r.readlines())
    print(r.name == p)
r2 = io.TextIOWrapper(open(p, 'rb'))
print(next(r2), r2.readline(), r2.read(1))
r2.close()
print(r2.closed)
data = io.BytesIO(b'a,b\n1,"x\ny"\n')
rows = list(csv.reader(io.TextIOWrapper(data, encoding='utf-8', newline='')))
print(rows)
o = io.BytesIO()
w = io.TextIOWrapper(o, encoding='utf-8', newline='')
csv.writer(w).writerow(['q', 'r s', 1])
w.flush()
print(o.getvalue())
sys.stdout.flush()
out = io.TextIOWrapper(sys.stdout.buffer, encoding='latin-1', line_buffering=True)
out.write('caf\xe9\n')
out.flush()
out.detach()
print('done')
class Raw(io.RawIOBase):
    def __init__(self): self.chunks = [b'he', b'llo\nwor', b'ld']
    def readable(self): return True
    def readinto(self, b):
        if not self.chunks: return 0
        c = self.chunks.pop(0); b[:len(c)] = c; return len(c)
print(list(io.TextIOWrapper(io.BufferedReader(Raw()) if hasattr(io, 'BufferedReader') and False else Raw())))
import shutil; shutil.rmtree(d)
