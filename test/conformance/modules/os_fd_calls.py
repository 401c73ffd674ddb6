# os calls on descriptors: listdir and scandir of a directory's descriptor, fstat, dup (sharing the offset, closed apart), and the errors of bad descriptors
import os, tempfile
d = tempfile.mkdtemp()
open(os.path.join(d, 'a.txt'), 'w').write('hello')
os.mkdir(os.path.join(d, 'sub'))
fd = os.open(d, os.O_RDONLY)
print(sorted(os.listdir(fd)))
st = os.fstat(fd)
import stat
print(stat.S_ISDIR(st.st_mode))
os.close(fd)
for call in ['os.listdir(fd)', 'os.fstat(fd)', 'os.close(fd)', 'os.read(fd, 1)', 'os.write(fd, b"x")', 'os.dup(fd)', 'os.fstat(-1)', 'os.close(9999)', 'os.read(9999, 3)', 'os.write(1, "str")', 'os.read(0, -1)', 'os.dup(-5)', 'os.lseek(9999, 0, 0)', 'os.fsync(9999)', 'os.ftruncate(9999, 0)', 'os.isatty(9999)', 'os.scandir(9999)', 'os.fdopen(9999)', 'os.listdir(1.5)', 'os.close("x")', 'os.read(0, "x")']:
    try:
        r = eval(call)
        print(call, '->', r)
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
f = os.path.join(d, 'a.txt')
fd = os.open(f, os.O_RDWR)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR))
fd2 = os.dup(fd)
print(os.read(fd2, 10), fd2 > fd)
os.lseek(fd, 0, 0)
print(os.write(fd, b'J'), os.fstat(fd).st_size)
os.close(fd2)
os.close(fd)
fd = os.open(os.path.join(d, 'sub'), os.O_RDONLY)
try: os.read(fd, 1)
except OSError as e: print(type(e).__name__, e.errno, e.strerror)
dfd = os.open(d, os.O_RDONLY)
print(sorted((e.name, e.path, e.is_dir()) for e in os.scandir(dfd)))
os.close(dfd)
with os.scandir(d) as it:
    print(sorted(e.name for e in it))
os.close(fd)
fd = os.open(f, os.O_RDONLY)
fd2 = os.dup(fd)
os.close(fd)
print(os.read(fd2, 2))
os.close(fd2)
print(open(f).read())
import shutil
shutil.rmtree(d)
