# shutil: copytree (ignore, ignore_patterns, dirs_exist_ok, symlinks), rmtree (ignore_errors, onerror), os.walk/scandir
import os, shutil, tempfile

def listing(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        rel = os.path.relpath(dirpath, top) if hasattr(os.path, 'relpath') else dirpath[len(top):]
        out.append((rel, sorted(filenames)))
    return out

with tempfile.TemporaryDirectory() as base:
    src = os.path.join(base, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deep'))
    os.makedirs(os.path.join(src, '__pycache__'))
    for rel in ('a.txt', 'b.pyc', 'sub/c.txt', 'sub/deep/d.txt', '__pycache__/x.pyc'):
        with open(os.path.join(src, rel), 'w') as f:
            f.write(rel)
    os.symlink('a.txt', os.path.join(src, 'link'))
    print(listing(src))
    dst = os.path.join(base, 'dst')
    print(shutil.copytree(src, dst) == dst)
    print(listing(dst), os.path.islink(os.path.join(dst, 'link')))
    with open(os.path.join(dst, 'sub', 'deep', 'd.txt')) as f:
        print(f.read())
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    seen = []
    def ignore(path, names):
        seen.append((os.path.basename(path), sorted(names)))
        return {'deep'}
    shutil.copytree(src, dst, ignore=ignore, dirs_exist_ok=True)
    print(sorted(seen))
    dst2 = os.path.join(base, 'dst2')
    shutil.copytree(src, dst2, ignore=shutil.ignore_patterns('*.pyc', '__pycache__'), symlinks=True)
    print(listing(dst2), os.path.islink(os.path.join(dst2, 'link')), os.readlink(os.path.join(dst2, 'link')))
    print(sorted(shutil.ignore_patterns('*.txt', 'b*')('x', ['a.txt', 'b.pyc', 'c.py'])))
    print(sorted(e.name for e in os.scandir(src)), sorted(e.name for e in os.scandir(src) if e.is_dir()))
    print([(e.name, e.is_file(), e.is_symlink()) for e in os.scandir(src) if e.name == 'link'])

    shutil.rmtree(dst)
    print(os.path.exists(dst), sorted(os.listdir(base)))
    shutil.rmtree(os.path.join(base, 'missing'), ignore_errors=True)
    calls = []
    shutil.rmtree(os.path.join(base, 'missing'), onerror=lambda f, p, e: calls.append((f.__name__, os.path.basename(p), e[0].__name__)))
    shutil.rmtree(os.path.join(src, 'a.txt'), onerror=lambda f, p, e: calls.append((f.__name__, os.path.basename(p), e[0].__name__)))
    shutil.rmtree(os.path.join(src, 'link'), onerror=lambda f, p, e: calls.append((f.__name__, os.path.basename(p), str(e[1]))))
    print(calls)
    for p in ('missing', 'src/a.txt', 'src/link'):
        try:
            shutil.rmtree(os.path.join(base, p))
        except OSError as e:
            print(type(e).__name__, e.strerror if e.strerror else e)
    print(list(os.walk(os.path.join(base, 'missing'))))
    errs = []
    list(os.walk(os.path.join(base, 'missing'), onerror=errs.append))
    print([type(e).__name__ for e in errs])
    print([os.path.basename(d) for d, _, _ in os.walk(dst2, topdown=False)][-1])
print(os.path.exists(base))
