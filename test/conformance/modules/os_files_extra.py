# os: chdir, path.relpath, lstat, chmod, utime, access, symlink/readlink, urandom, os.open flags, terminal_size
import os, tempfile

base = tempfile.mkdtemp()
start = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.listdir('.'))
with open('f.txt', 'w') as f:
    f.write('abc')
os.symlink('f.txt', 'ln')
print(os.readlink('ln'), os.path.islink('ln'), os.lstat('ln').st_mode & 0o170000 == 0o120000, os.stat('ln').st_size)
print(os.stat('ln', follow_symlinks=False).st_mode & 0o170000 == 0o120000)
os.chmod('f.txt', 0o600)
print(oct(os.stat('f.txt').st_mode & 0o777), os.access('f.txt', os.R_OK | os.W_OK), os.access('f.txt', os.X_OK), os.access('nope', os.F_OK))
os.utime('f.txt', (5, 7))
print(os.stat('f.txt').st_atime, os.stat('f.txt').st_mtime)
os.utime('f.txt', ns=(1500000000, 2500000000))
print(os.stat('f.txt').st_mtime)
os.utime('f.txt')
print(os.stat('f.txt').st_mtime > 1000)
print(type(os.urandom(4)).__name__, len(os.urandom(16)), os.urandom(0))
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
fd = os.open('g.bin', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
print(os.write(fd, b'12345'), os.write(fd, bytearray(b'67')), os.lseek(fd, -2, os.SEEK_END), os.lseek(fd, 1, os.SEEK_CUR))
os.close(fd)
with open('g.bin', 'rb') as f:
    print(f.read())
os.mkdir('sub')
for p, s in (('sub/x', 'sub'), ('f.txt', '.'), ('.', 'sub'), ('a/b', 'a/c/d')):
    print(os.path.relpath(p, s))
print(os.path.relpath('sub'), os.path.relpath(base, os.path.dirname(base)) == os.path.basename(base))
t = os.terminal_size((3, 4))
print(t, t.columns, t.lines, isinstance(t, tuple))
for call in (lambda: os.chdir('missing'), lambda: os.chdir('f.txt'), lambda: os.path.relpath(''),
             lambda: os.open('g.bin', os.O_CREAT | os.O_EXCL), lambda: os.readlink('f.txt'),
             lambda: os.chmod('missing', 0o600), lambda: os.utime('missing'), lambda: os.symlink('f.txt', 'ln'),
             lambda: os.urandom(-1), lambda: os.lstat('missing'), lambda: os.utime('f.txt', (1, 2), ns=(1, 2))):
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
os.chdir(start)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
