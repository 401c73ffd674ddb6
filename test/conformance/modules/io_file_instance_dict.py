# A text file's `mode` and a FileIO's `name` live in the instance's __dict__ (CPython's open()
# stores them there): vars() shows them, a program may replace or delete them, repr follows.
import io, os, shutil, tempfile

d = tempfile.mkdtemp()
os.chdir(d)
p = 'x.bin'
with open(p, 'w') as f:
    f.write('hello')
for a in [(p,), (p, 'rb'), (p, 'rb', 0), (p, 'r+b'), (p, 'w'), (p, 'a', 1)]:
    f = open(*a)
    print(a[1:], f.__dict__, vars(f), type(f).__dict__.get('name'), type(f).__dict__.get('mode'), f.mode, f.name)
    f.close()
f = open(p); f.mode = 'zz'; print(f.mode, f, f.__dict__); del f.mode; print(f)
try:
    f.mode
except AttributeError as e:
    print(e)
f.close()
f = open(p); f.foo = 1; print(f.__dict__); f.close()
f = open(p, 'rb', 0); print(f.__dict__); f.name = 'q'; print(f); del f.name; print(f.__dict__)
try:
    f.name
except AttributeError as e:
    print(e)
print(repr(f).replace(str(f.fileno()), 'N'))
f.close()
class F(io.FileIO): pass
g = F(p); print(g.__dict__, g.read(2)); g.close()
os.chdir('/')
shutil.rmtree(d)
