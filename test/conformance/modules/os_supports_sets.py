# os.supports_dir_fd and friends, and dir_fd on a platform without it.
import os

print(type(os.supports_dir_fd).__name__, type(os.supports_fd).__name__)
print(os.listdir in os.supports_fd, os.scandir in os.supports_fd, os.stat in os.supports_follow_symlinks)
print(type(os.supports_effective_ids).__name__)
print(os.stat('.', dir_fd=None).st_mode == os.stat('.').st_mode)
for f, a in ((os.stat, ('.',)), (os.open, ('.', os.O_RDONLY)), (os.mkdir, ('zz',)), (os.rmdir, ('zz',)),
             (os.remove, ('zz',)), (os.readlink, ('zz',)), (os.access, ('.', os.F_OK))):
    try:
        f(*a, dir_fd='x')
    except TypeError as e:
        print(f.__name__, 'TypeError:', e)
