# A FileIO under the Python buffered and text wrappers, and os.fdopen(fd, 'rb', 0).
import shutil, tempfile
d = tempfile.mkdtemp()
import os
os.chdir(d)
import io, os
p = 'x.bin'
with open(p, 'wb') as f: f.write(b'one\ntwo\n')
r = io.FileIO(p)
b = io.BufferedReader(r)
print(b.mode, b.name, b.read1(3), b.peek(1)[:1], b.readline(), b.raw is r)
b.close(); print(r.closed)
t = io.TextIOWrapper(open(p, 'rb', 0), encoding='utf-8')
print(t.readline(), t.read(), t.name)
t.close()
w = io.BufferedWriter(io.FileIO(p, 'w'))
w.write(b'zz'); w.close()
with open(p, 'rb', 0) as g: print(g.readline(), g.readlines())
fd = os.open(p, os.O_RDONLY)
with os.fdopen(fd, 'rb', 0) as h: print(type(h).__name__, h.read())
os.chdir('/')
shutil.rmtree(d)
