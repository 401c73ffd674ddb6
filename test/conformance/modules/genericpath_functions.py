# genericpath: the helpers posixpath and ntpath share
import genericpath, os, tempfile
print(genericpath.commonprefix(['/usr/lib', '/usr/local/lib', '/usr/lib64']))
print(repr(genericpath.commonprefix([])), genericpath.commonprefix([['a', 'b', 'c'], ['a', 'b', 'd']]),
      genericpath.commonprefix([b'abc', b'abd']), genericpath.commonprefix(['same']))
d = tempfile.mkdtemp()
f = os.path.join(d, 'file.txt')
with open(f, 'w') as fh:
    fh.write('12345')
print(genericpath.exists(f), genericpath.exists(f + '.no'), genericpath.isfile(f), genericpath.isdir(f),
      genericpath.isdir(d), genericpath.isfile(d), genericpath.getsize(f))
print(genericpath.getmtime(f) == os.stat(f).st_mtime, genericpath.getatime(f) == os.stat(f).st_atime,
      genericpath.getctime(f) == os.stat(f).st_ctime)
print(genericpath.samefile(f, os.path.join(d, '.', 'file.txt')), genericpath.samestat(os.stat(f), os.stat(d)))
fd1 = os.open(f, os.O_RDONLY)
fd2 = os.open(f, os.O_RDONLY)
print(genericpath.sameopenfile(fd1, fd2))
os.close(fd1); os.close(fd2)
print(genericpath.exists('bad\0name'), genericpath.isfile(''))
try:
    genericpath.getsize(f + '.no')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(genericpath._splitext('a/b.c', '/', None, '.'), genericpath._splitext('.rc', '/', None, '.'))
for args in [('join', 'a', b'b'), ('join', 'a', 3)]:
    try:
        genericpath._check_arg_types(*args)
    except TypeError as e:
        print('TypeError', e)
os.remove(f)
os.rmdir(d)
print(sorted(genericpath.__all__))
