# shutil: copyfileobj, copyfile, copy, copy2, copymode, copystat, move and their errors
import os, io, shutil, tempfile

base = tempfile.mkdtemp()
os.chdir(base)
with open('src.txt', 'w') as f:
    f.write('some data\n' * 3)
os.chmod('src.txt', 0o640)
os.utime('src.txt', (1000000000, 1234567890.5))

out = io.StringIO()
with open('src.txt') as f:
    shutil.copyfileobj(f, out, 4)
print(repr(out.getvalue()))

print(shutil.copyfile('src.txt', 'a.txt'), open('a.txt').read() == open('src.txt').read())
print(oct(os.stat('a.txt').st_mode & 0o777), os.stat('a.txt').st_mtime == 1234567890.5)
os.mkdir('dir')
print(shutil.copy('src.txt', 'dir'), oct(os.stat('dir/src.txt').st_mode & 0o777))
print(shutil.copy('src.txt', 'b.txt'), os.stat('b.txt').st_mtime == 1234567890.5)
print(shutil.copy2('src.txt', 'c.txt'), os.stat('c.txt').st_mtime, oct(os.stat('c.txt').st_mode & 0o777))
print(shutil.copy2('src.txt', 'dir'), os.stat('dir/src.txt').st_mtime)
shutil.copymode('src.txt', 'a.txt')
print(oct(os.stat('a.txt').st_mode & 0o777))
shutil.copystat('c.txt', 'a.txt')
print(os.stat('a.txt').st_mtime)

for args in (('src.txt', 'src.txt'), ('missing.txt', 'x.txt'), ('src.txt', 'dir'), ('src.txt', 'nodir/x.txt'), ('dir', 'y.txt')):
    try:
        shutil.copyfile(*args)
    except OSError as e:
        print(type(e).__name__, e)
try:
    shutil.copy('src.txt', './src.txt')
except shutil.SameFileError as e:
    print(type(e).__name__, isinstance(e, shutil.Error), isinstance(e, OSError), e)

print(shutil.move('b.txt', 'moved.txt'), os.path.exists('b.txt'), os.path.exists('moved.txt'))
print(shutil.move('moved.txt', 'dir'), sorted(os.listdir('dir')))
try:
    shutil.move('c.txt', 'dir/moved.txt')
    print(sorted(os.listdir('dir')))
    shutil.copy('src.txt', 'c.txt')
    shutil.move('c.txt', 'dir')
    shutil.copy('src.txt', 'c.txt')
    shutil.move('c.txt', 'dir')
except shutil.Error as e:
    print(type(e).__name__, str(e).replace(base, 'BASE'))
os.mkdir('dir2')
print(shutil.move('dir2', 'dir'), sorted(os.listdir('dir')))
print(shutil.move('dir', 'renamed'), sorted(os.listdir('.')))
try:
    shutil.move('nothere', 'x')
except OSError as e:
    print(type(e).__name__, e)
os.chdir('/')
shutil.rmtree(base)
print(os.path.exists(base))
