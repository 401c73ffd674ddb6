# glob: wildcard directories followed by literal parts, trailing separators, '**' in the middle, relative root_dir, unreadable dirs
import glob
import os

base = '/tmp/_tpy_glob2_%d' % os.getpid()
tree = ['a/x/f.txt', 'a/y/f.txt', 'b/x/g.txt', 'b/.x/f.txt', '.c/x/f.txt', 'top.txt']
os.mkdir(base)
made = []
for path in tree:
    parts = path.split('/')
    for i in range(1, len(parts)):
        d = os.path.join(base, *parts[:i])
        if not os.path.isdir(d):
            os.mkdir(d)
            made.append(d)
    with open(os.path.join(base, path), 'w') as fh:
        fh.write(path)

def show(pattern, **kw):
    print(repr(pattern), sorted(kw.items()), sorted(glob.glob(pattern, root_dir=base, **kw)))

try:
    for p in ['*/x/f.txt', '*/x/', '*/*/', '*/x', '*/nope/f.txt', 'a/*/f.txt', '*/*/f.txt', 'top.txt/*', 'top.txt/',
              'a/x/f.txt', 'a//x/*', '*.txt/', '*/.x/*', '.*/x/*', '[ab]/[xy]/*.txt', 'a/[!x]/*']:
        show(p)
    for p in ['a/**/f.txt', '**/x/*', '**/*/', '*/**', '**/.x/*']:
        show(p, recursive=True)
        show(p, recursive=True, include_hidden=True)
    show('**', recursive=False)
    old = os.getcwd()
    os.chdir(base)
    try:
        print(sorted(glob.glob('*/x/*')), sorted(glob.glob('**/f.txt', recursive=True)), sorted(glob.glob('a/**', recursive=True)))
        print(sorted(glob.glob('*', root_dir='a')), sorted(glob.glob('./a/*')), glob.glob('top.txt'))
    finally:
        os.chdir(old)
finally:
    for path in tree:
        os.remove(os.path.join(base, path))
    for d in reversed(made):
        os.rmdir(d)
    os.rmdir(base)
print(os.path.exists(base))
