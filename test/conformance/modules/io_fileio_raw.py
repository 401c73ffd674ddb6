# open(..., buffering=0) of a binary file is a FileIO (raw, unbuffered): its repr, methods,
# messages, and io.FileIO(...) itself; under -u sys.stdout.buffer is a FileIO too.
import io, os, subprocess, sys, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'y.bin')
f = open(p, 'wb', buffering=0)
print(type(f).__name__, repr(f).replace(d, 'D'))
for op in ('read', 'readall', 'readinto'):
    try:
        print(getattr(f, op)(bytearray(1)) if op == 'readinto' else getattr(f, op)())
    except Exception as e:
        print(type(e).__name__, e)
# Written at once: another reader sees the bytes before close.
with open(p, 'rb') as other:
    print(f.write(b'abc'), other.read())
f.close()
print(repr(f))
for op in ('write', 'read', 'fileno', 'tell', 'seek', 'readall'):
    try:
        print(getattr(f, op)(b'x') if op in ('write', 'seek') else getattr(f, op)())
    except Exception as e:
        print(type(e).__name__, e)
g = open(p, 'rb', buffering=0)
try:
    g.write(b'x')
except Exception as e:
    print(type(e).__name__, e)
print(g.read(2), g.tell(), g.seek(0), g.read(-1), g.read(), g.read(2))
g.seek(0)
b = bytearray(2)
print(g.readinto(b), b, g.readall(), g.closefd, g.mode, g.readable(), g.writable(), g.seekable())
g.close()
for m in ('r+b', 'w+b', 'ab', 'a+b', 'xb'):
    with open(p if m != 'xb' else p + 'x', m, buffering=0) as h:
        print(m, repr(h).replace(d, 'D'))
with open(p, 'rb', 0) as raw:
    print(io.FileIO, issubclass(io.FileIO, io.RawIOBase), isinstance(raw, io.RawIOBase))
print(sorted(set(dir(io.FileIO)) - set(dir(object)) - {"__del__", "_blksize", "_checkClosed", "_checkReadable",
      '_checkSeekable', '_checkWritable', '_dealloc_warn', '_finalizing'}))
h = io.FileIO(p, 'w')
print(repr(h).replace(d, 'D'), h.write(b'q'), h.closefd)
h.close()
h = io.FileIO(p, 'rb')
print(repr(h).replace(d, 'D'), h.read())
h.close()
try:
    io.FileIO(p, 'rt')
except Exception as e:
    print(type(e).__name__, e)
env = {k: v for k, v in os.environ.items() if k != 'PYTHONUNBUFFERED'}
for flag in ([], ['-u']):
    out = subprocess.run([sys.executable, *flag, '-c', 'import sys, io; b = sys.stdout.buffer; '
                          'print(type(b).__name__, b, isinstance(b, io.RawIOBase), sys.stdout.write_through, sys.stderr.buffer)'],
                         capture_output=True, text=True, env=env).stdout
    print(flag, out, end='')
for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
