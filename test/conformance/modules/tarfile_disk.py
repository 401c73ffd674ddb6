# tarfile with real files: add() (recursive, arcname, filter), links, list(), extract/extractall, gzip and append modes.
import io
import os
import tarfile
import tempfile
import time

time.localtime = time.gmtime  # list() prints local times: make them the same everywhere


def owner(t):
    t.uid, t.gid, t.uname, t.gname, t.mtime = 1000, 1000, 'dev', 'staff', 1600000000
    return t


def tree(root):
    out = []
    for path, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(dirs + files):
            p = os.path.join(path, name)
            st = os.lstat(p)
            what = 'link->' + os.readlink(p) if os.path.islink(p) else oct(st.st_mode)
            size = None if os.path.isdir(p) or os.path.islink(p) else st.st_size
            mtime = None if os.path.islink(p) or os.path.isdir(p) else int(st.st_mtime)
            out.append((os.path.relpath(p, root), what, size, mtime))
    return out


with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deep'))
    with open(os.path.join(src, 'a.txt'), 'w') as f:
        f.write('alpha\n' * 100)
    with open(os.path.join(src, 'sub', 'b.bin'), 'wb') as f:
        f.write(bytes(range(256)) * 3)
    open(os.path.join(src, 'sub', 'deep', 'empty'), 'w').close()
    os.symlink('a.txt', os.path.join(src, 'lnk'))
    os.link(os.path.join(src, 'a.txt'), os.path.join(src, 'hard.txt'))
    os.chmod(os.path.join(src, 'a.txt'), 0o640)

    for mode, suffix in (('w', '.tar'), ('w:gz', '.tgz'), ('x', '.x.tar'), ('w|gz', '.s.tgz')):
        path = os.path.join(d, 'out' + suffix)
        with tarfile.open(path, mode) as tf:
            tf.add(src, arcname='src', filter=owner)
            tf.add(os.path.join(src, 'a.txt'), arcname='top.txt', filter=owner)
            tf.add(src, arcname='skipped', filter=lambda t: None)
            tf.add(os.path.join(src, 'sub'), arcname='flat', recursive=False, filter=owner)
        print(mode, os.path.getsize(path) % 512 == 0 or suffix.endswith('tgz'), tarfile.is_tarfile(path))
        with tarfile.open(path) as tf:
            print([(m.name, m.type, m.size, oct(m.mode), m.linkname) for m in tf])
            tf.list(verbose=False)
            tf.list()
            tf.list(members=[tf.getmember('src/lnk')])
            print(tf.extractfile('src/lnk').read(12), tf.extractfile('src/hard.txt').read(6), tf.extractfile('src/sub'))
            dest = os.path.join(d, 'x' + suffix)
            tf.extractall(dest, filter='data')
            print(tree(dest))
            one = os.path.join(d, 'one' + suffix)
            tf.extract('src/a.txt', one, filter='tar')
            tf.extract(tf.getmember('src/hard.txt'), one, set_attrs=False, filter='fully_trusted')
            tf.extract('src/lnk', one, numeric_owner=True)
            print(tree(one))

    path = os.path.join(d, 'out.tar')
    with tarfile.open(path, 'a') as tf:
        extra = owner(tarfile.TarInfo('appended.txt'))
        extra.size = 3
        tf.addfile(extra, io.BytesIO(b'abc'))
        print(tf.getnames()[-2:])
    with tarfile.open(path) as tf:
        print(tf.getnames(), tf.extractfile('appended.txt').read())
    with tarfile.open(os.path.join(d, 'new.tar'), 'a') as tf:
        print('append to a new file:', tf.mode)
    for args in ((os.path.join(d, 'out.x.tar'), 'x'), (os.path.join(d, 'nope', 'n.tar'),), (os.path.join(d, 'out.tgz'), 'a:gz')):
        try:
            tarfile.open(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, getattr(e, 'errno', None), str(e).replace(d, 'D'))
    with tarfile.open(os.path.join(d, 'self.tar'), 'w') as tf:
        tf.add(d, arcname='all', filter=lambda t: owner(t) if 'self' in t.name or t.name == 'all' else None)
        print(tf.getnames())
    with tarfile.open(os.path.join(d, 'deref.tar'), 'w', dereference=True) as tf:
        tf.add(os.path.join(src, 'lnk'), arcname='lnk', filter=owner)
        tf.add(os.path.join(src, 'hard.txt'), arcname='hard', filter=owner)
        print([(m.name, m.type, m.size) for m in tf.getmembers()])
    with open(os.path.join(src, 'a.txt'), 'rb') as f, tarfile.open(os.path.join(d, 'fo.tar'), 'w') as tf:
        t = owner(tf.gettarinfo(fileobj=f, arcname='from_fileobj'))
        print(t.name, t.size, oct(t.mode), t.type)
        tf.addfile(t, f)
