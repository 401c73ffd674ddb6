# errno numbers pick OSError's subclass; os.strerror gives glibc's texts ('Unknown error N' past the table)
import errno, os

for name in ['ENOENT', 'EEXIST', 'EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'EAGAIN', 'EWOULDBLOCK', 'EALREADY',
             'EINPROGRESS', 'ECHILD', 'ESRCH', 'EINTR', 'EPIPE', 'ESHUTDOWN', 'ECONNABORTED', 'ECONNREFUSED',
             'ECONNRESET', 'ETIMEDOUT', 'EINVAL', 'EBADF']:
    n = getattr(errno, name)
    e = OSError(n, os.strerror(n))
    print(name, n, type(e).__name__, e.errno, repr(e.strerror), str(e))
for n in range(-2, 136):
    print(n, os.strerror(n))
for n in (9999, 2**31 - 1, -2**31, True):
    print(n, os.strerror(n))
for bad in ('x', 1.0, None, 2**31, -2**31 - 1, 2**100):
    try:
        os.strerror(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.strerror()
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.strerror(code=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
except OSError as e:
    print(type(e).__name__, e, e.errno == errno.EWOULDBLOCK)
