# File calls hand "dir/.." to the kernel as it is: a missing dir fails, a symlink's ".." is its target's parent; makedirs as os.py.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    print(os.path.exists('missing/..'), os.path.isdir('missing/..'), os.path.lexists('missing/..'))
    for call in (os.stat, os.lstat, os.listdir):
        try:
            call('missing/..')
        except FileNotFoundError as e:
            print(call.__name__, 'FileNotFoundError', e.filename)
    os.makedirs('real/inner')
    os.symlink('real/inner', 'lnk')
    print(sorted(os.listdir('lnk/..')), sorted(os.listdir('.')))
    try:
        os.makedirs('fresh/..')
    except FileExistsError as e:
        print('FileExistsError', e.filename, os.path.isdir('fresh'))
    os.makedirs('p/./q')
    print(os.path.isdir('p/q'))
    os.makedirs('m1/m2', mode=0o700)
    print(oct(os.stat('m1').st_mode & 0o777), oct(os.stat('m1/m2').st_mode & 0o777))
    os.makedirs('m1/m2', exist_ok=True)
    with open('plain', 'w'):
        pass
    for args in (('plain',), ('plain', True)):
        try:
            os.makedirs(*args)
        except FileExistsError as e:
            print('FileExistsError', e.filename)
    try:
        os.makedirs('plain/sub')
    except NotADirectoryError as e:
        print('NotADirectoryError', e.errno, e.filename)
    os.chdir('lnk')
    print(os.path.relpath(os.getcwd(), os.path.realpath(d)))
    os.chdir('..')
    print(os.path.relpath(os.getcwd(), os.path.realpath(d)))
    os.chdir('/')
