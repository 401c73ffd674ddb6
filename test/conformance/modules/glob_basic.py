# glob: *, ?, [..], recursive '**', hidden files, root_dir, trailing separators, escape, over a tree the program makes and removes
import glob
import os

base = '/tmp/_tpy_glob_%d' % os.getpid()
files = ['a.txt', 'b.txt', 'c.py', '.hidden.txt', 'sub/d.txt', 'sub/e.py', 'sub/deep/f.txt', 'sub/.h/g.txt',
         '.hdir/i.txt', 'x[1].txt', 'q?.txt', 'star*.txt']
dirs = ['sub', 'sub/deep', 'sub/.h', '.hdir', 'empty']
os.mkdir(base)
for d in dirs:
    os.mkdir(os.path.join(base, d))
for f in files:
    with open(os.path.join(base, f), 'w') as fh:
        fh.write(f)


def rel(paths):
    return sorted(p[len(base) + 1:] if p.startswith(base + '/') else p for p in paths)


def show(pattern, **kw):
    print(repr(pattern), kw, rel(glob.glob(os.path.join(base, pattern), **kw)))


try:
    for p in ['*', '*.txt', '?.txt', '[ab].txt', '[!a].txt', '*/*.txt', 'sub/*', 'sub/*/', 'sub/', '*/',
              '**', '**/*.txt', 'sub/**', 'nope/*', 'nope', 'a.txt', 'empty/*', '.*', '*/.*', 'x[1].txt',
              glob.escape('x[1].txt'), glob.escape('q?.txt'), glob.escape('star*.txt'), '[.]*']:
        show(p)
    for p in ['**', '**/*.txt', '**/', 'sub/**/*.txt', '**/*.py', '**/deep', 'sub/**']:
        show(p, recursive=True)
    for p in ['*', '**/*.txt', '.*']:
        show(p, recursive=True, include_hidden=True)
    print(sorted(glob.glob('*.txt', root_dir=base)))
    print(sorted(glob.glob('**', root_dir=base, recursive=True)))
    print(sorted(glob.glob('sub/*', root_dir=base)))
    print(glob.glob('', root_dir=base), glob.glob(''), glob.glob('**', root_dir=base + '/empty', recursive=True))
    it = glob.iglob('*.py', root_dir=base)
    print(type(it).__name__ in ('generator', 'chain'), sorted(it))
    print(glob.escape('a*b?c[d]'), glob.escape(b'*x'), glob.escape('plain/path'))
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
    print(glob.__all__)
finally:
    for f in files:
        os.remove(os.path.join(base, f))
    for d in reversed(dirs):
        os.rmdir(os.path.join(base, d))
    os.rmdir(base)
print(os.path.exists(base))
