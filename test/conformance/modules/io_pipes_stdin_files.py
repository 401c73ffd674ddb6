# Files opened on a pipe (open(0) on a child's stdin): no positions, so reads go where the
# descriptor is, seekable() is False and seek/tell fail as CPython's do. (The child's stdin is a
# pipe under CPython and a socket pair under tpy, which starts children through node: both have
# no positions; /dev/stdin cannot be opened on a socket, so it is not used here.)
import subprocess
import sys

CHILD = r'''
import sys
for mode in ['r', 'rb']:
    f = open(0, mode, closefd=False)
    print(mode, f.seekable(), f.isatty())
    for op in ['tell()', 'seek(0)', 'seek(0, 2)']:
        try:
            print(' ', op, eval('f.' + op))
        except Exception as e:
            print(' ', op, type(e).__name__, e)
data = open(0).read()
print(repr(data), sum(int(x) for x in data.split() if x.isdigit()))
sys.stdout.flush()  # what stdout holds goes first, buffered or not (PYTHONUNBUFFERED)
w = open(1, 'w', closefd=False)
print(w.seekable(), file=w)
try:
    w.tell()
except Exception as e:
    print(type(e).__name__, e, file=w)
w.write('direct\n')
w.flush()
'''

r = subprocess.run([sys.executable, '-c', CHILD], input=b'3 4 five\n6\n', capture_output=True)
print(r.returncode)
print(r.stdout.decode(), end='')
print(r.stderr.decode(), end='')

LINES = r'''
with open(0) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip().upper())
'''
r = subprocess.run([sys.executable, '-c', LINES], input=b'alpha\nbeta\ngamma', capture_output=True)
print(r.returncode, r.stdout.decode().splitlines(), r.stderr.decode())
