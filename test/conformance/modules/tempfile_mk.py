# tempfile: gettempdir, gettempprefix, mkstemp, mkdtemp, mktemp (names, modes, fd I/O, errors)
import os, tempfile

print(tempfile.gettempprefix(), tempfile.TMP_MAX)
print(os.path.isabs(tempfile.gettempdir()), os.path.isdir(tempfile.gettempdir()), tempfile.gettempdir() == tempfile.gettempdir())
base = tempfile.mkdtemp()
print(os.path.isdir(base), os.path.basename(base)[:3], len(os.path.basename(base)), os.path.dirname(base) == tempfile.gettempdir())
print(oct(os.stat(base).st_mode & 0o777), os.listdir(base))

fd, name = tempfile.mkstemp(suffix='.txt', prefix='data_', dir=base)
print(type(fd).__name__, os.path.isabs(name), os.path.dirname(name) == base)
stem = os.path.basename(name)
print(stem[:5], stem[-4:], len(stem), set(stem[5:-4]) <= set('abcdefghijklmnopqrstuvwxyz0123456789_'))
print(oct(os.stat(name).st_mode & 0o777))
print(os.write(fd, b'hello world'), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
with open(name) as f:
    print(repr(f.read()))
fd2, name2 = tempfile.mkstemp(dir=base, text=True)
os.close(fd2)
print(os.path.basename(name2)[:3], name != name2, sorted(os.path.splitext(p)[1] for p in os.listdir(base)))

sub = tempfile.mkdtemp(prefix='d-', suffix='-x', dir=base)
print(os.path.basename(sub)[:2], sub[-2:], len(os.path.basename(sub)), os.path.isdir(sub))
m = tempfile.mktemp(prefix='m', dir=base)
print(os.path.exists(m), os.path.dirname(m) == base, len(os.path.basename(m)))
names = set(os.path.basename(tempfile.mkdtemp(dir=sub)) for _ in range(20))
print(len(names), len(os.listdir(sub)))

for call in (lambda: tempfile.mkstemp(dir=os.path.join(base, 'missing')),
             lambda: tempfile.mkdtemp(dir=os.path.join(base, 'missing'))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.read(fd, -1)
except OSError as e:
    print(type(e).__name__, e)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
