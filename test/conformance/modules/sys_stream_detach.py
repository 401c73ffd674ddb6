# sys.stdout/stdin/stderr.detach(): the idiom sys.stdout = io.TextIOWrapper(sys.stdout.detach(), ...), and the detached stream errors
import sys, io
old = sys.stdout
sys.stdout = io.TextIOWrapper(sys.stdout.detach(), encoding='utf-8', errors='replace')
print('after detach é \udc80')
for f in (lambda: old.write('x'), lambda: old.flush(), lambda: old.closed, lambda: repr(old), lambda: old.fileno(), lambda: old.encoding, lambda: old.buffer, lambda: old.detach()):
    try: r = f(); print('ok', r)
    except ValueError as e: print('ValueError', e)
sys.stdin = io.TextIOWrapper(sys.stdin.detach(), encoding='latin-1')
print(repr(sys.stdin.read()))
err = sys.stderr
sys.stderr = io.TextIOWrapper(sys.stderr.detach(), encoding='ascii', errors='backslashreplace')
try: print('x', file=err)
except ValueError as e: print('ValueError', e)
print(repr(err))
raise KeyError('é')
