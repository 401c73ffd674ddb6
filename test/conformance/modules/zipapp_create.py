# zipapp: create_archive from a directory (main=, interpreter=, filter=, compressed=), copying archives, errors
import io
import os
import tempfile
import zipapp
import zipfile

root = tempfile.mkdtemp()
src = os.path.join(root, 'app')
os.makedirs(os.path.join(src, 'pkg'))
for name, text in [('pkg/__init__.py', ''), ('pkg/cli.py', 'def run():\n    print("hi")\n'), ('notes.txt', 'x' * 500)]:
    with open(os.path.join(src, name), 'w') as f:
        f.write(text)

zipapp.create_archive(src, main='pkg.cli:run', interpreter='/usr/bin/env python3')
target = src + '.pyz'
print(os.path.exists(target), zipapp.get_interpreter(target), os.stat(target).st_mode & 0o111 != 0)
with zipfile.ZipFile(target) as z:
    print(sorted(z.namelist()), z.read('__main__.py'), {i.filename: i.compress_type for i in z.infolist()}['notes.txt'])

out = io.BytesIO()
zipapp.create_archive(src, out, main='pkg.cli:run', compressed=True, filter=lambda p: p.suffix == '.py')
print(out.getvalue()[:2], zipapp.get_interpreter(io.BytesIO(out.getvalue())))
with zipfile.ZipFile(io.BytesIO(out.getvalue())) as z:
    print(sorted(z.namelist()), {i.filename: i.compress_type for i in z.infolist()}['pkg/cli.py'])

copy = os.path.join(root, 'copy.pyz')
zipapp.create_archive(target, copy, interpreter='/opt/py')
print(zipapp.get_interpreter(copy))
nosheb = io.BytesIO()
zipapp.create_archive(copy, nosheb)
print(nosheb.getvalue()[:4], zipapp.get_interpreter(io.BytesIO(nosheb.getvalue())))
with open(os.path.join(src, '__main__.py'), 'w') as f:
    f.write('print(1)\n')
for kwargs in [dict(source=os.path.join(root, 'missing')), dict(source=src, main='pkg.cli:run'),
               dict(source=os.path.join(root, 'copy.pyz') + 'x')]:
    try:
        zipapp.create_archive(**kwargs)
    except zipapp.ZipAppError as e:
        print('ZipAppError', e)
os.remove(os.path.join(src, '__main__.py'))
for main in [None, 'pkg.cli', 'pkg.cli:', '1pkg:run', 'pkg:run.x', 'pkg:r-n']:
    try:
        zipapp.create_archive(src, io.BytesIO(), main=main)
        print('ok', main)
    except zipapp.ZipAppError as e:
        print('ZipAppError', e)
print(zipapp.__all__, issubclass(zipapp.ZipAppError, ValueError), zipapp.MAIN_TEMPLATE)
for argv in [['--info', copy], ['--info', src], [copy], [copy, '-o', os.path.join(root, 'c2.pyz'), '-p', '/x/py'],
             [copy, '-o', os.path.join(root, 'c3.pyz'), '-m', 'a:b']]:
    try:
        zipapp.main(argv)
        print('done', zipapp.get_interpreter(argv[2]) if len(argv) > 2 else None)
    except SystemExit as e:
        print('SystemExit', e.code)
