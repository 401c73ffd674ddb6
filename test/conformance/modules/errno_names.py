# errno: every Linux name and number, errorcode (aliases keep CPython's choice), the module's order
import errno

names = [n for n in vars(errno) if n.startswith('E')]
print(len(names), len(errno.errorcode))
print(names[:8])
for n in sorted(names):
    print(n, getattr(errno, n))
print(sorted(errno.errorcode.items()))
print(list(errno.errorcode.items())[:6])
for alias, n in [('EAGAIN', 'EWOULDBLOCK'), ('EDEADLK', 'EDEADLOCK'), ('ENOTSUP', 'EOPNOTSUPP')]:
    print(alias, n, getattr(errno, alias) == getattr(errno, n), errno.errorcode[getattr(errno, alias)])
print(type(errno.errorcode).__name__, type(errno.EPIPE).__name__)
print(errno.errorcode.get(41), errno.errorcode.get(58), errno.errorcode.get(133), 0 in errno.errorcode)
print(hasattr(errno, 'EHWPOISON'), hasattr(errno, 'ENOTCAPABLE'))
from errno import ENOENT, EINTR, ECONNREFUSED
print(ENOENT, EINTR, ECONNREFUSED)
try:
    errno.EBOGUS
except AttributeError as e:
    print(type(e).__name__, e)
