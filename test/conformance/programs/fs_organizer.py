# pathlib/os/shutil/tempfile work in a temporary directory: build a tree, walk, glob, move, archive, report (relative paths only).
import os
import shutil
import tempfile
import fnmatch
import filecmp
import hashlib
import stat
import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath

FILES = {
    'src/main.py': 'print("hi")\n',
    'src/util/helpers.py': 'def helper():\n    return 1\n',
    'src/util/__init__.py': '',
    'docs/readme.md': '# Readme\n\nSome text.\n',
    'docs/img/logo.png': 'PNGDATA' * 10,
    'build/out.o': 'x' * 100,
    'notes.txt': 'a\nb\nc\n',
    'Data.CSV': 'a,b\n1,2\n',
}

with tempfile.TemporaryDirectory(prefix='org-') as tmp:
    root = Path(tmp)
    for rel, text in FILES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    print(sorted(str(p.relative_to(root)) for p in root.rglob('*')))
    print(sorted(p.name for p in root.glob('*/*.py')), sorted(str(p.relative_to(root)) for p in root.glob('**/*.md')))
    print(sorted(p.name for p in root.iterdir()), [p.is_dir() for p in sorted(root.iterdir())])

    sizes = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        sizes[rel] = sum(os.path.getsize(os.path.join(dirpath, f)) for f in filenames)
    print(sorted(sizes.items()))
    print([n for n in sorted(os.listdir(root)) if fnmatch.fnmatch(n, '*.[ct][sx][vt]')], fnmatch.filter(['a.PY', 'b.py'], '*.py'))

    # organise by extension
    by_ext = root / 'by_ext'
    for p in sorted(root.rglob('*')):
        if p.is_file() and 'build' not in p.parts:
            dest = by_ext / (p.suffix.lower().lstrip('.') or 'none')
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy2(p, dest / p.name)
    print(sorted(str(p.relative_to(by_ext)) for p in by_ext.rglob('*') if p.is_file()))

    shutil.move(str(root / 'notes.txt'), str(root / 'docs' / 'notes.txt'))
    (root / 'docs' / 'notes.txt').rename(root / 'docs' / 'NOTES.txt')
    shutil.rmtree(root / 'build')
    print(sorted(p.name for p in root.iterdir()), (root / 'notes.txt').exists(), (root / 'docs/NOTES.txt').read_text().splitlines())

    shutil.copytree(root / 'src', root / 'src_copy', ignore=shutil.ignore_patterns('__init__.py'))
    cmp = filecmp.dircmp(root / 'src', root / 'src_copy')
    print(cmp.left_only, cmp.right_only, cmp.common_files, sorted(cmp.common_dirs))
    print(filecmp.cmp(root / 'src/main.py', root / 'src_copy/main.py', shallow=False))

    # checksums + stat
    digest = hashlib.sha1()
    for p in sorted(root.rglob('*.py')):
        digest.update(p.read_bytes())
    print(digest.hexdigest())
    st = (root / 'docs/readme.md').stat()
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR((root / 'docs').stat().st_mode))
    os.chmod(root / 'docs/readme.md', 0o640)
    print(oct(stat.S_IMODE((root / 'docs/readme.md').stat().st_mode)), stat.filemode((root / 'docs/readme.md').stat().st_mode))

    # zip it up
    zpath = root / 'bundle.zip'
    with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as zf:
        for p in sorted((root / 'src').rglob('*')):
            zf.write(p, p.relative_to(root).as_posix())
    with zipfile.ZipFile(zpath) as zf:
        print([(i.filename, i.file_size) for i in zf.infolist()], zf.read('src/main.py'))
    archive = shutil.make_archive(str(root / 'docs_arch'), 'gztar', root_dir=root, base_dir='docs')
    print(Path(archive).name, [f for f, _ in shutil.get_archive_formats() if f in ('gztar', 'tar', 'zip')])

    # temp files
    with tempfile.NamedTemporaryFile('w+', suffix='.log', dir=root, delete=False) as tf:
        tf.write('line1\nline2\n')
        tf.seek(0)
        print(tf.readlines(), Path(tf.name).suffix, Path(tf.name).parent == root)
    os.remove(tf.name)
    fd, name = tempfile.mkstemp(dir=root, text=True)
    with os.fdopen(fd, 'w') as f:
        f.write('fd write')
    print(Path(name).read_text())
    with tempfile.SpooledTemporaryFile(max_size=10) as sp:
        sp.write(b'short')
        sp.seek(0)
        print(sp.read())
    try:
        (root / 'missing' / 'x.txt').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, Path(e.filename).relative_to(root))
    try:
        os.mkdir(root / 'src')
    except FileExistsError as e:
        print('FileExistsError', e.errno, type(e).__mro__[1].__name__)
    try:
        (root / 'docs').rmdir()
    except OSError as e:
        print('OSError', e.errno, e.strerror)
    cwd = os.getcwd()
    os.chdir(root)
    print(sorted(n for n in os.listdir('.') if not n.startswith('tmp')), os.path.exists('src/main.py'), Path('src/../docs').resolve() == (root / 'docs').resolve())
    os.chdir(cwd)

print(os.path.exists(tmp))
p = PurePosixPath('/usr/local/lib/python3.11/site-packages/pkg/module.tar.gz')
print(p.name, p.stem, p.suffix, p.suffixes, p.parent.name, p.parts[:3], p.anchor, p.is_absolute())
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_stem('m2'), p.relative_to('/usr/local'), p.match('*.gz'), p.match('lib/*'))
print(PurePosixPath('a/b/../c/./d'), PurePosixPath('a') / 'b' / '/c', PurePosixPath('a//b/'), list(PurePosixPath('/a/b/c').parents))
w = PureWindowsPath('C:\\Users\\Ann\\Docs\\file.TXT')
print(w.drive, w.root, w.name, w.suffix, w.as_posix(), w.parent, PureWindowsPath('c:/users') == PureWindowsPath('C:\\Users'))
print(os.path.join('a', 'b', '/c', 'd'), os.path.split('/a/b/c.txt'), os.path.splitext('arch.tar.gz'), os.path.normpath('a/./b/../../c'), os.path.basename('/x/y/'), os.path.dirname('/x/y/'))
print(os.path.commonpath(['/a/b/c', '/a/b/d', '/a/bc']), os.path.commonprefix(['/a/b/c', '/a/b/d', '/a/bc']), os.path.relpath('/a/b/c', '/a/d'), os.path.isabs('x'), os.sep, os.extsep)
try:
    p.relative_to('/opt')
except ValueError as e:
    print('ValueError:', e)
