# os.stat times are the float CPython makes of the kernel's (sec, nsec), with the *_ns ints beside them.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f')
    with open(path, 'w') as f:
        f.write('data')
    for st in (os.stat(path), os.lstat(path), os.stat(d)):
        for name in ('atime', 'mtime', 'ctime'):
            ns = getattr(st, 'st_%s_ns' % name)
            exact = ns // 10**9 + (ns % 10**9) * 1e-9
            print(name, type(ns).__name__, getattr(st, 'st_' + name) == exact, st[('atime', 'mtime', 'ctime').index(name) + 7] == ns // 10**9)
    st = os.stat(path)
    print(os.path.getmtime(path) == st.st_mtime, os.path.getatime(path) == st.st_atime, os.path.getctime(path) == st.st_ctime)
    with open(path) as f:
        print(os.fstat(f.fileno()).st_mtime_ns == st.st_mtime_ns)
    os.utime(path, ns=(1_600_000_000_250_000_000, 1_700_000_000_500_000_000))
    st = os.stat(path)
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
    print(st.st_rdev, st.st_blksize > 0, st.st_blocks >= 0, os.stat('/dev/null').st_rdev)
    print(len(st), repr(st).count('='))
