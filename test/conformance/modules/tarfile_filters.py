# tarfile's extraction filters (3.11.7): 'data', 'tar', 'fully_trusted', callables, their errors and the modes they set.
import io
import os
import tarfile
import tempfile

R, D, S, L = tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE


def archive(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w') as tf:
        for name, kind, fields in entries:
            t = tarfile.TarInfo(name)
            t.type, t.mtime, t.uid, t.gid, t.uname, t.gname = kind, 1000, 7, 8, 'u', 'g'
            data = fields.pop('data', b'')
            for key, value in fields.items():
                setattr(t, key, value)
            t.size = len(data)
            tf.addfile(t, io.BytesIO(data) if kind == R else None)
    buf.seek(0)
    return buf


def tree(root):
    out = []
    for path, dirs, files in os.walk(root):
        for name in sorted(dirs + files):
            p = os.path.join(path, name)
            out.append((os.path.relpath(p, root), oct(os.lstat(p).st_mode)))
    return sorted(out)


cases = [
    ('absolute', [('/abs/file', R, {'data': b'x'})]),
    ('dotdot', [('../evil', R, {'data': b'x'})]),
    ('symlink_absolute', [('s', S, {'linkname': '/etc/passwd'})]),
    ('symlink_outside', [('d/s', S, {'linkname': '../../x'})]),
    ('symlink_inside', [('d/s', S, {'linkname': '../f'}), ('f', R, {'data': b'f'})]),
    ('hardlink_outside', [('h', L, {'linkname': '../x'})]),
    ('char_device', [('dev', tarfile.CHRTYPE, {'devmajor': 1, 'devminor': 3})]),
    ('fifo', [('ff', tarfile.FIFOTYPE, {})]),
    ('modes', [('exe', R, {'data': b'#!', 'mode': 0o4777}), ('noexe', R, {'data': b'a', 'mode': 0o046}),
               ('dir', D, {'mode': 0o1777}), ('dir/inner', R, {'data': b'i', 'mode': 0o600})]),
]
filters = ['data', 'tar', 'fully_trusted', None, tarfile.data_filter, lambda m, p: m.replace(name='renamed_' + m.name.lstrip('/.'))]
with tempfile.TemporaryDirectory() as d:
    for label, entries in cases:
        for number, flt in enumerate(filters):
            if label in ('absolute', 'dotdot') and flt in ('fully_trusted', None):
                continue  # these would write outside the temporary directory
            if label in ('char_device', 'fifo') and number in (1, 2, 3, 5):
                continue  # making devices and FIFOs needs what not every system allows
            dest = os.path.join(d, '%s_%d' % (label, number))
            os.mkdir(dest)
            with tarfile.open(fileobj=archive([(n, k, dict(f)) for n, k, f in entries])) as tf:
                try:
                    tf.extractall(dest, filter=flt)
                    print(label, number, 'ok', tree(dest))
                except (tarfile.FilterError, KeyError) as e:
                    print(label, number, type(e).__name__, str(e).replace(os.path.realpath(d), 'D'),
                          isinstance(e, tarfile.TarError), getattr(e, 'tarinfo', None) is not None)

    buf = archive([('a', R, {'data': b'x', 'mode': 0o4777}), ('/lead', R, {'data': b'y'}), ('s', S, {'linkname': 'a'})])
    with tarfile.open(fileobj=buf) as tf:
        for member in tf.getmembers():
            for f in (tarfile.data_filter, tarfile.tar_filter, tarfile.fully_trusted_filter):
                new = f(member, d)
                print(member.name, f.__name__, new is member, new.name, None if new.mode is None else oct(new.mode),
                      new.uid, new.gid, new.uname, new.gname)
        for bad in ('bogus', 3):
            try:
                tf.extractall(d, filter=bad)
            except (ValueError, TypeError) as e:
                print(type(e).__name__, e)
        tf.extraction_filter = 'data'
        try:
            tf.extract('a', d)
        except TypeError as e:
            print('TypeError', e)
        tf.extraction_filter = staticmethod(tarfile.data_filter)
        tf.extract('a', os.path.join(d, 'ef'))
        print(oct(os.stat(os.path.join(d, 'ef', 'a')).st_mode))
        tf.extractall(os.path.join(d, 'skip'), filter=lambda m, p: None if m.name == 'a' else m)
        print(tree(os.path.join(d, 'skip')))
        m = tf.getmember('a')
        r = m.replace(name='zz', mode=0o600, uid=None, deep=False)
        print(r.name, oct(r.mode), r.uid, m.name, oct(m.mode), m.uid, r.pax_headers is m.pax_headers,
              m.replace().pax_headers is m.pax_headers)
