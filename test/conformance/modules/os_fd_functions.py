# os.fstat/isatty/fsync/ftruncate/truncate/link/umask/getloadavg over the program's descriptor numbers, and their errors.
import os, sys, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w') as f:
    f.write('hello world\n')
    f.flush()
    os.fsync(f.fileno()); os.fsync(f)
    st = os.fstat(f.fileno())
    print(st.st_size, st.st_size == os.stat(p).st_size, type(st).__name__)
print(os.isatty(99), os.isatty(os.open(p, os.O_RDONLY)))
os.truncate(p, 5); print(open(p).read())
fd = os.open(p, os.O_RDWR); os.ftruncate(fd, 2); os.close(fd); print(repr(open(p).read()))
q = os.path.join(d, 'g.txt'); os.link(p, q); print(os.stat(q).st_nlink, open(q).read())
old = os.umask(0o22); print(os.umask(old) == 0o22)
la = os.getloadavg(); print(len(la), all(isinstance(x, float) for x in la))
for fn, a in [(os.fstat, (99,)), (os.fsync, (99,)), (os.ftruncate, (99, 0)), (os.truncate, (os.path.join(d, 'nope'), 0)), (os.link, (os.path.join(d, 'nope'), q)), (os.fstat, ('x',))]:
    try: fn(*a)
    except (OSError, TypeError) as e: print(fn.__name__, type(e).__name__, e.errno if isinstance(e, OSError) else e)
import shutil; shutil.rmtree(d)
