# stat: the S_IF* type bits, S_IS* tests, S_IMODE/S_IFMT, filemode and the mode argument's errors
import stat

kinds = [('dir', stat.S_IFDIR), ('chr', stat.S_IFCHR), ('blk', stat.S_IFBLK), ('reg', stat.S_IFREG),
         ('fifo', stat.S_IFIFO), ('lnk', stat.S_IFLNK), ('sock', stat.S_IFSOCK)]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK,
         stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for name, bits in kinds:
    mode = bits | 0o644
    print(name, oct(bits), [t(mode) for t in tests], stat.S_IFMT(mode) == bits, oct(stat.S_IMODE(mode)), stat.filemode(mode))

for mode in [0o4755 | stat.S_IFREG, 0o4644 | stat.S_IFREG, 0o2755 | stat.S_IFREG, 0o2644 | stat.S_IFREG,
             0o1777 | stat.S_IFDIR, 0o1776 | stat.S_IFDIR, 0o7777, 0o170777, 0, 0o777, stat.S_IFLNK | 0o777]:
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))

names = ['S_IFDOOR', 'S_IFPORT', 'S_IFWHT', 'S_ISUID', 'S_ISGID', 'S_ENFMT', 'S_ISVTX', 'S_IREAD', 'S_IWRITE',
         'S_IEXEC', 'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP', 'S_IXGRP',
         'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH', 'UF_NODUMP', 'UF_IMMUTABLE', 'UF_APPEND', 'UF_OPAQUE',
         'UF_NOUNLINK', 'UF_COMPRESSED', 'UF_HIDDEN', 'SF_ARCHIVED', 'SF_IMMUTABLE', 'SF_APPEND', 'SF_NOUNLINK',
         'SF_SNAPSHOT', 'ST_MODE', 'ST_INO', 'ST_DEV', 'ST_NLINK', 'ST_UID', 'ST_GID', 'ST_SIZE', 'ST_ATIME',
         'ST_MTIME', 'ST_CTIME', 'FILE_ATTRIBUTE_READONLY', 'FILE_ATTRIBUTE_DIRECTORY', 'FILE_ATTRIBUTE_NORMAL']
for n in names:
    print(n, getattr(stat, n))

print(stat.S_ISREG(True), stat.S_IMODE(2 ** 32 - 1), stat.filemode(stat.S_IFREG))
for f in [stat.S_ISDIR, stat.filemode, stat.S_IMODE, stat.S_IFMT]:
    for arg in ['x', -1, 2 ** 32, 2 ** 64, 1.5, None]:
        try:
            print(f(arg))
        except Exception as e:
            print(type(e).__name__, e)
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f(mode=1)
    except Exception as e:
        print(type(e).__name__, e)
print(stat.S_ISDIR.__module__, stat.filemode.__name__)

import os
st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
st = os.stat('stat_modes.py')
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0], st[stat.ST_SIZE] == st.st_size)
