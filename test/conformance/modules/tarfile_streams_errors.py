# tarfile streams ('r|', 'r|*', 'r|gz', 'w|', 'w|gz') over non-seekable objects, and the errors of opening and using archives.
import gzip
import io
import tarfile
import zlib


class Pipe:
    """Only read(): what a stream mode may rely on."""
    def __init__(self, data):
        self.data, self.pos = data, 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk


class Sink:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(bytes(b))


def fill(tf):
    for i in range(3):
        t = tarfile.TarInfo('dir/f%d' % i)
        data = bytes(range(256)) * (i * 7)
        t.size, t.mtime, t.mode = len(data), 5, 0o600
        tf.addfile(t, io.BytesIO(data))
    s = tarfile.TarInfo('sym')
    s.type, s.linkname = tarfile.SYMTYPE, 'dir/f1'
    tf.addfile(s)


def err(call, *args, **kwargs):
    try:
        result = call(*args, **kwargs)
        print('ok', type(result).__name__)
        return result
    except Exception as e:
        # the r:* summary lists the bz2 and xz methods too: keep its first and last lines
        lines = str(e).split('\n')
        print(type(e).__name__, lines[0], lines[-1] if len(lines) > 1 else '')


sink = Sink()
with tarfile.open(fileobj=sink, mode='w|', format=tarfile.GNU_FORMAT) as tf:
    fill(tf)
raw = b''.join(sink.chunks)
print(len(raw), [len(c) for c in sink.chunks])
sink = Sink()
with tarfile.open(fileobj=sink, mode='w|gz', format=tarfile.GNU_FORMAT) as tf:
    fill(tf)
gz = b''.join(sink.chunks)
print(gz[:4], gz[8:11], gzip.decompress(gz) == raw, zlib.crc32(gzip.decompress(gz)) == zlib.crc32(raw))

for mode, data in (('r|', raw), ('r|*', raw), ('r|*', gz), ('r|gz', gz), ('r:gz', gz), ('r:*', gz), ('r', raw)):
    source = Pipe(data) if '|' in mode else io.BytesIO(data)
    with tarfile.open(fileobj=source, mode=mode) as tf:
        seen = []
        for m in tf:
            f = tf.extractfile(m) if m.isfile() else None
            seen.append((m.name, m.size, m.offset, m.offset_data, len(f.read()) if f else None))
        print(mode, seen)
        err(lambda: tf.extractfile('dir/f1').read(4))
        err(tf.extractfile, 'sym')
with tarfile.open(fileobj=Pipe(raw), mode='r|') as tf:
    m = tf.next()
    print(m.name, tf.next().name, tf.extractfile(tf.members[1]).read(3))
    err(tf.extractfile(m).read)

print('-- opening')
err(tarfile.open)
err(tarfile.open, fileobj=io.BytesIO(b''))
err(tarfile.open, fileobj=io.BytesIO(b'x' * 1000))
err(tarfile.open, fileobj=io.BytesIO(b'x' * 1000), mode='r:')
err(tarfile.open, fileobj=io.BytesIO(b'x' * 1000), mode='r:gz')
err(tarfile.open, fileobj=io.BytesIO(raw[:300]), mode='r:')
err(tarfile.open, fileobj=io.BytesIO(raw), mode='r:zz')
err(tarfile.open, fileobj=io.BytesIO(raw), mode='r|zz')
err(tarfile.open, fileobj=io.BytesIO(raw), mode='a|')
err(tarfile.open, fileobj=io.BytesIO(raw), mode='q')
err(tarfile.open, fileobj=io.BytesIO(raw), mode='a:gz')
err(tarfile.TarFile, fileobj=io.BytesIO(raw), mode='rw')
err(tarfile.open, fileobj=Pipe(b'\x1f\x8b\x09' + bytes(600)), mode='r|gz')
err(tarfile.open, fileobj=Pipe(raw), mode='r|gz')
err(lambda: tarfile.open(fileobj=Pipe(gz[:20] + b'garbage' * 100), mode='r|gz').getnames())
err(lambda: tarfile.open(fileobj=Pipe(gz[:300]), mode='r|gz').getnames())
try:
    tarfile.open(fileobj=io.BytesIO(b'junk' * 300), mode='r:gz')
except tarfile.ReadError as e:
    print('ReadError', e, type(e.__cause__).__name__)

print('-- damaged archives')
with tarfile.open(fileobj=io.BytesIO(raw[:1800])) as tf:
    err(tf.getmembers)
bad = bytearray(raw)
bad[1024 + 148] = ord('7')
with tarfile.open(fileobj=io.BytesIO(bytes(bad))) as tf:
    print(tf.getnames())
with tarfile.open(fileobj=io.BytesIO(bytes(bad)), ignore_zeros=True) as tf:
    print(tf.getnames())
with tarfile.open(fileobj=io.BytesIO(raw[:4096] + bytes(1024) + raw), ignore_zeros=True) as tf:
    print(tf.getnames())
print(tarfile.is_tarfile(io.BytesIO(raw)), tarfile.is_tarfile(io.BytesIO(b'nope' * 200)),
      tarfile.is_tarfile(io.BytesIO(gz)))
b = io.BytesIO(b'abc' + raw)
b.seek(3)
print(tarfile.is_tarfile(b), b.tell())

print('-- closed and wrong modes')
tf = tarfile.open(fileobj=io.BytesIO(raw))
print(tf.next().name, tf.next().name, tf.next().name, tf.next().name, tf.next(), tf.getnames())
err(tf.getmember, 'missing')
err(tf.getmember, 'dir/f9/')
print(tf.getmember('dir/f2/').name)
f = tf.extractfile('dir/f2')
print(f.read(4), f.tell(), f.seek(-3, 2), f.read(), f.seek(0), len(f.readline()), f.readable(), f.seekable())
f.close()
err(f.read)
err(f.readline)
err(iter, f)
tf.close()
tf.close()
for call in (tf.getmembers, tf.next, tf.list, lambda: tf.extractfile('dir/f0'), tf.__enter__):
    err(call)
w = tarfile.open(fileobj=io.BytesIO(), mode='w')
for call in (lambda: w.extractfile('x'), w.next, lambda: w.extract('x'), lambda: w.extractall('.')):
    err(call)
print(w.getnames())
try:
    with tarfile.open(fileobj=io.BytesIO(), mode='w') as w2:
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e, w2.closed, w2.fileobj.getvalue() == b'')
for cls in (tarfile.ReadError, tarfile.CompressionError, tarfile.StreamError, tarfile.ExtractError,
            tarfile.HeaderError, tarfile.FilterError, tarfile.AbsolutePathError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]])
