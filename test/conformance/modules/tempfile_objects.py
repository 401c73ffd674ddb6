# tempfile: NamedTemporaryFile, TemporaryFile, TemporaryDirectory, SpooledTemporaryFile
import os, tempfile

with tempfile.TemporaryDirectory(prefix='td_') as base:
    print(type(base).__name__, os.path.isdir(base), os.path.basename(base)[:3])
    with tempfile.NamedTemporaryFile(dir=base, suffix='.bin') as f:
        print(f.name.endswith('.bin'), os.path.basename(f.name)[:3], os.path.exists(f.name), f.delete)
        print(f.write(b'abc\ndef\n'), f.tell(), f.seek(0), f.read())
        f.seek(0)
        print(list(f), f.closed)
        name = f.name
    print(os.path.exists(name), f.closed)

    t = tempfile.NamedTemporaryFile('w+', dir=base, prefix='keep', delete=False)
    t.write('line one\nline two\n')
    t.seek(0)
    print(t.readline(), end='')
    print(t.readlines())
    t.close()
    t.close()
    print(os.path.exists(t.name), os.path.basename(t.name)[:4])
    with open(t.name) as g:
        print(repr(g.read()))
    os.unlink(t.name)

    with tempfile.TemporaryFile(dir=base) as tf:
        print(type(tf.name).__name__, os.listdir(base))
        tf.write(b'scratch')
        tf.seek(0)
        print(tf.read())
    with tempfile.TemporaryFile('w+', dir=base) as tf:
        tf.write('text')
        tf.seek(0)
        print(tf.read())

    td = tempfile.TemporaryDirectory(dir=base, suffix='_s')
    print(repr(td).startswith('<TemporaryDirectory '), td.name.endswith('_s'), os.path.isdir(td.name))
    os.makedirs(os.path.join(td.name, 'a', 'b'))
    with open(os.path.join(td.name, 'a', 'b', 'f.txt'), 'w') as g:
        g.write('x')
    td.cleanup()
    print(os.path.exists(td.name))
    td.cleanup()
    print(os.listdir(base))

    s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
    s.write(b'12345')
    print(s._rolled, s.tell(), os.listdir(base))
    s.write(b'678901')
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read())
    s.close()
    print(s.closed)
    with tempfile.SpooledTemporaryFile(mode='w+') as s2:
        s2.write('spooled')
        s2.seek(0)
        print(s2.read(), s2._rolled)
print(os.path.exists(base))
try:
    tempfile.NamedTemporaryFile(mode='r+x')
except ValueError as e:
    print(type(e).__name__, e)
