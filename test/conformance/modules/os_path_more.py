# More of os.path: sizes and times of files, common prefixes and paths (with their errors),
# $VAR expansion from os.environ, samefile, ismount, splitdrive, the constants; a few os ids.
import os
import os.path

base = '/tmp/tpy_os_path_more_%d' % os.getpid()
os.makedirs(base + '/sub')
a = os.path.join(base, 'a.txt')
with open(a, 'w') as f:
    f.write('hello')
print(os.path.getsize(a), os.path.getsize(base + '/sub') >= 0)
print(abs(os.path.getmtime(a) - os.stat(a).st_mtime) < 1e-6, type(os.path.getatime(a)).__name__, os.path.getctime(a) > 0)
for fn in (os.path.getsize, os.path.getmtime):
    try:
        fn(base + '/missing')
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == base + '/missing')

print(os.path.commonprefix(['/usr/lib', '/usr/local/lib', '/usr/lib64']), repr(os.path.commonprefix([])))
print(os.path.commonprefix(['abc', 'abd', 'ab']), repr(os.path.commonprefix(['x', 'y'])))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib', '/usr/lib64']), os.path.commonpath(['/usr/lib/', '/usr/lib']))
print(os.path.commonpath(['a/b/c', 'a/b/d', './a/b']), repr(os.path.commonpath(['a', 'b'])), os.path.commonpath(['/', '/x']))
for bad in ([], ['/a', 'b']):
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)

os.environ['TPY_TEST_VAR'] = 'value'
print(os.path.expandvars('$TPY_TEST_VAR/x ${TPY_TEST_VAR}y $TPY_UNSET_VAR ${TPY_UNSET_VAR} $ $1 ${} plain'))
print(os.path.samefile(a, base + '/sub/../a.txt'), os.path.samefile(a, base))
print(os.path.ismount('/'), os.path.ismount(base), os.path.ismount(base + '/missing'))
print(os.path.splitdrive('/a/b'), os.path.splitdrive('c:x'))
print(os.path.pathsep, os.path.defpath, os.path.altsep, os.path.devnull, os.path.supports_unicode_filenames)
print(os.cpu_count() >= 1, os.getppid() > 0, os.getuid() == os.geteuid(), os.getgid() == os.getegid())
os.remove(a)
os.rmdir(base + '/sub')
os.rmdir(base)
print(os.path.exists(base))
