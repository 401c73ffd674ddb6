# tempfile.SpooledTemporaryFile: when it moves to disk (write past max_size, writelines, truncate past it, fileno, rollover), what write/truncate/writelines return, position kept across rollover; mktemp/mkdtemp names
import os
import tempfile

f = tempfile.SpooledTemporaryFile(5)
print(f.truncate(), f.write(b'abc'), f.truncate(2), f._rolled, f.tell(), f.writelines([b'x', b'y']), f._rolled)
print(f.truncate(9), f._rolled, f.tell())
f.seek(0); print(f.read())
g = tempfile.SpooledTemporaryFile(4, mode='w+')
print(g.write('ab'), g._rolled, g.write('cde'), g._rolled, g.tell())
g.seek(1); print(g.read(), g.mode, type(g.name).__name__)
h = tempfile.SpooledTemporaryFile()
print(h.write(b'x' * 1000), h._rolled, h.name, h.mode)
h.seek(3); h.rollover(); print(h._rolled, h.tell(), h.read(2), h.mode)
k = tempfile.SpooledTemporaryFile(100)
k.write(b'hello'); k.seek(2); fd = k.fileno(); print(k._rolled, k.tell(), isinstance(fd, int))
k.close(); print(k.closed)
try:
    with k:
        pass
except ValueError as e:
    print('ValueError', e)
with tempfile.TemporaryDirectory(prefix='p_', suffix='_s') as d:
    name = tempfile.mktemp(dir=d, prefix='m', suffix='.x')
    print(os.path.basename(name)[:1], name.endswith('.x'), os.path.exists(name), os.path.dirname(name) == d)
    made = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(made), oct(os.stat(made).st_mode & 0o777))
    fd, path = tempfile.mkstemp(dir=d, suffix='.t')
    print(path.endswith('.t'), oct(os.stat(path).st_mode & 0o777), os.path.isabs(path))
    os.close(fd)
    print(os.path.basename(d)[:2], d.endswith('_s'))
