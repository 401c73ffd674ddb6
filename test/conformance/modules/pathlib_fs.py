# Path I/O in a temporary directory this program makes and removes.
import os
from pathlib import Path, PosixPath

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

base = Path('_pathlib_fs_tmp')
assert not base.exists()
print(base.exists(), base.is_dir(), base.is_file())
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
attempt(lambda: base.mkdir())
base.mkdir(exist_ok=True)
deep = base / 'x' / 'y' / 'z'
attempt(lambda: deep.mkdir())
deep.mkdir(parents=True)
print(deep.is_dir(), sorted(str(p) for p in (base / 'x').iterdir()))
f = base / 'notes.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.stat().st_size, f.is_file(), f.is_dir())
print(f.write_bytes(b'\x00\x01bytes'), f.read_bytes(), f.stat().st_size)
attempt(lambda: f.write_text(b'x'))
attempt(lambda: f.write_bytes('x'))
with f.open('w') as fh:
    fh.write('via open\n')
with f.open() as fh:
    print(repr(fh.read()))
with open(f, 'a') as fh:
    fh.write('appended\n')
print(repr(f.read_text()))
for name in ['a.py', 'b.py', 'c.txt', '.hidden.py']:
    (base / name).write_text(name)
(base / 'x' / 'd.py').write_text('d')
(base / 'x' / 'y' / 'e.py').write_text('e')
rel = lambda ps: sorted(str(p.relative_to(base)) for p in ps)
print(rel(base.iterdir()))
print(rel(base.glob('*.py')))
print(rel(base.glob('*')))
print(rel(base.glob('?.txt')))
print(rel(base.glob('x/*.py')))
print(rel(base.glob('*/*.py')))
print(rel(base.glob('**/*.py')))
print(rel(base.rglob('*.py')))
print(rel(base.glob('**')))
print(rel(base.glob('nothing*')))
print(rel(base.glob('notes.txt')), rel(base.glob('missing.txt')))
attempt(lambda: list(base.glob('')))
attempt(lambda: list(base.glob('/abs')))
moved = (base / 'c.txt').rename(base / 'moved.txt')
print(repr(moved), moved.read_text(), (base / 'c.txt').exists())
attempt(lambda: (base / 'c.txt').rename(base / 'again.txt'))
attempt(lambda: (base / 'missing').read_text())
attempt(lambda: (base / 'missing').unlink())
(base / 'missing').unlink(missing_ok=True)
attempt(lambda: base.rmdir())
attempt(lambda: (base / 'x' / 'nope').rmdir())
(base / 'touched').touch()
print((base / 'touched').exists(), (base / 'touched').stat().st_size)
attempt(lambda: (base / 'touched').touch(exist_ok=False))
print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(), base.absolute() == Path.cwd() / base)
print(base.resolve() == Path.cwd() / base, (base / 'x' / '..' / 'a.py').resolve() == (Path.cwd() / base / 'a.py'))
print(Path('~').expanduser() == Path.home(), Path('~/q').expanduser() == Path.home() / 'q', Path('a/~').expanduser())
print(Path.home().is_absolute(), str(Path.home()) == os.path.expanduser('~'))

# tidy up: the tree is removed bottom-up
def remove(p):
    if p.is_dir():
        for child in p.iterdir():
            remove(child)
        p.rmdir()
    else:
        p.unlink()
remove(base)
print(base.exists())
