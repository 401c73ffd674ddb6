from pathlib import PurePath, PurePosixPath, Path, PosixPath

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', '.', 'a', 'a/b', '/a/b/', '//a/b', '///a//b/./c/', 'a/../b', '~/x', '/']:
    p = PurePosixPath(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive), p.is_absolute())
    print('  ', repr(p.name), repr(p.parent), list(p.parents))
for s in ['', '.', '..', 'a.', '.a', 'a.tar.gz', '..b', 'x..y', 'dir/file.txt', '/x/.bashrc', 'y.']:
    p = PurePosixPath(s)
    print(repr(s), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem))

p = PurePosixPath('/usr/lib/python3')
print(p / 'x', p / '/etc', 'rel' / PurePosixPath('a'), p.joinpath('a', 'b/c'), PurePosixPath('a', 'b', '/c', 'd'))
print(PurePosixPath(p, 'z'), PurePath('a/b'), type(PurePath('a')).__name__, Path('q'), type(Path('q')).__name__, repr(Path()))
print(p.parents, len(p.parents), p.parents[0], p.parents[-1], p.parents[1:], p.parents[::-1])
attempt(lambda: p.parents[3])
attempt(lambda: p.parents[-4])
print(p.with_name('python2'), p.with_suffix('.txt'), PurePosixPath('a/b.tar.gz').with_suffix(''), PurePosixPath('a/b.c').with_suffix('.d'), p.with_stem('lib'), PurePosixPath('f.tar.gz').with_stem('g'))
for f in [lambda: PurePosixPath('/').with_name('x'), lambda: p.with_name('a/b'), lambda: p.with_name(''), lambda: p.with_name('.'),
          lambda: p.with_suffix('x'), lambda: p.with_suffix('.'), lambda: p.with_suffix('./'), lambda: PurePosixPath('').with_suffix('.x'),
          lambda: PurePosixPath(1), lambda: p / 1, lambda: 3 / p, lambda: PurePosixPath('a').match(''), lambda: PurePosixPath('a') < 'a']:
    attempt(f)
for a, b in [('/a/b', '/a'), ('/a/b', '/'), ('/a', '/a'), ('a/b/c', 'a'), ('a/b', 'a/b'), ('a', '.'),
             ('/a/b', '/c'), ('a/b', '/a'), ('/a', 'a'), ('a/b', 'c'), ('/a', '.'), ('a/b/c', 'a/c')]:
    attempt(lambda: PurePosixPath(a).relative_to(b))
    print('  ', PurePosixPath(a).is_relative_to(b))
attempt(lambda: PurePosixPath('a').relative_to())
print(PurePosixPath('/a/b/c').relative_to('/a', 'b'))
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'), ('/a/b.py', '/*.py'), ('/a/b.py', '/a/*.py'),
                  ('a/b.py', '/*.py'), ('b.py', 'a/*.py'), ('x.txt', '?.txt'), ('xy.txt', '?.txt'), ('a1', 'a[0-9]'), ('ab', 'a[!b]'), ('ac', 'a[!b]'), ('A.PY', '*.py'), ('/', '/')]:
    print(path, pat, PurePosixPath(path).match(pat))
a, b, c = PurePosixPath('a/b'), PurePosixPath('a/b/'), PurePosixPath('a/c')
print(a == b, a != c, a < c, c > a, a <= b, c >= a, hash(a) == hash(b), a == 'a/b', PosixPath('a/b') == a, PurePosixPath('/z') < PurePosixPath('a'))
print(sorted([PurePosixPath(x) for x in ['b', '/z', 'a/b', 'a', '/a']]))
print({PurePosixPath('x'), PurePosixPath('x/'), PurePosixPath('./x')})
print(p.as_posix(), bytes(p), PurePosixPath('a').is_reserved())
import os
print(os.fspath(p), os.path.join(p, 'k'), os.path.basename(PurePosixPath('/q/r.txt')))
