# shutil: which, disk_usage, get_terminal_size, the archive functions tpy leaves out
import os, shutil, tempfile

with tempfile.TemporaryDirectory() as d:
    exe = os.path.join(d, 'mytool')
    with open(exe, 'w') as f:
        f.write('#!/bin/sh\n')
    plain = os.path.join(d, 'plain')
    open(plain, 'w').close()
    print(shutil.which('mytool', path=d) == exe)
    os.chmod(exe, 0o755)
    print(shutil.which('mytool', path=d) == exe, shutil.which('plain', path=d), shutil.which(exe) == exe)
    print(shutil.which('mytool', path=os.pathsep.join(['/nonexistent', d])) == exe)
    print(shutil.which('mytool', path=''), shutil.which('no-such-tool-xyz'), shutil.which(plain))
    print(shutil.which('mytool', mode=os.F_OK, path=d) == exe, shutil.which('plain', mode=os.F_OK, path=d) == plain)
    print(shutil.which('sh') is not None, os.path.isabs(shutil.which('sh')))
    u = shutil.disk_usage(d)
    print(type(u).__name__, u._fields, u.total >= u.used, u.total >= u.free, u.free >= 0)
    try:
        shutil.disk_usage(os.path.join(d, 'missing'))
    except OSError as e:
        print(type(e).__name__, e.strerror)

os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '40'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'bad'
del os.environ['LINES']
s = shutil.get_terminal_size((70, 20))
print(type(s).__name__, s.columns, s.lines, s == (70, 20), tuple(s))
print(shutil.get_archive_formats() is not None, issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
