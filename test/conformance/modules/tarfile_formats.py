# tarfile headers in USTAR, GNU and PAX formats: raw header fields, long names, big numbers, round trips and limits.
import io
import tarfile


def info(name, data=b'', **fields):
    t = tarfile.TarInfo(name)
    t.size = len(data)
    t.mtime = 1700000000
    t.uid, t.gid, t.uname, t.gname = 1000, 100, 'alice', 'users'
    for key, value in fields.items():
        setattr(t, key, value)
    return t


def blocks(raw):
    """The non-data header blocks of an archive: key fields straight from the bytes."""
    for off in range(0, len(raw), 512):
        b = raw[off:off + 512]
        if b[257:262] == b'ustar':
            print('  @%d name=%r mode=%r size=%r mtime=%r chk=%r type=%r link=%r magic=%r user=%r prefix=%r'
                  % (off, b[:100].rstrip(b'\0')[-24:], b[100:108], b[124:136], b[136:148], b[148:156],
                     b[156:157], b[157:257].rstrip(b'\0')[-12:], b[257:265], b[265:297].rstrip(b'\0'),
                     b[345:500].rstrip(b'\0')[-20:]))
        elif any(b) and b[:3].isdigit():
            print('  @%d records=%r' % (off, b.rstrip(b'\0')[:90]))


long_dir = 'd' * 60 + '/' + 'e' * 70
members = [
    (info('hello.txt', b'hello world\n'), b'hello world\n'),
    (info('sub', type=tarfile.DIRTYPE, mode=0o755), None),
    (info('sub/link', type=tarfile.SYMTYPE, linkname='../hello.txt', mode=0o777), None),
    (info('hard', type=tarfile.LNKTYPE, linkname='hello.txt'), None),
    (info(long_dir + '/file.txt', b'x' * 600), b'x' * 600),
]
extras = [
    (info('n' * 150, b'long'), b'long'),
    (info('l', type=tarfile.SYMTYPE, linkname='t' * 120), None),
    (info('caf\u00e9/\u00fcber.txt', b'u'), b'u'),
    (info('bigid', uid=8 ** 8 + 5, mtime=1700000000.25), None),
    (info('dev', type=tarfile.CHRTYPE, devmajor=1, devminor=3, mode=0o600), None),
]
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt) as tf:
        for t, data in members + ([] if fmt == tarfile.USTAR_FORMAT else extras):
            tf.addfile(t, None if data is None else io.BytesIO(data))
    raw = buf.getvalue()
    print('format', fmt, 'size', len(raw), 'checksum', sum(raw) % 65521)
    blocks(raw)
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tf:
        print('  format read:', tf.format)
        for m in tf:
            print('  ', m.name[-30:], m.size, m.mtime, oct(m.mode), m.type, m.linkname[-15:], m.uid, m.gid,
                  m.uname, m.gname, m.devmajor, m.devminor, m.isfile(), m.isdir(), m.issym(), m.islnk(),
                  m.ischr(), sorted(m.pax_headers.items())[:2])
        print('  data', tf.extractfile('hello.txt').read(), tf.extractfile('sub/link').read(),
              tf.extractfile('hard').read(), len(tf.extractfile(long_dir + '/file.txt').read()))

# frombuf/tobuf round trips and the checksum
t = info('round/trip.txt', mode=0o640, size=1234)
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    buf = t.tobuf(fmt)
    back = tarfile.TarInfo.frombuf(buf[-512:], 'utf-8', 'surrogateescape')
    print(fmt, len(buf), back.name, back.size, oct(back.mode), back.mtime, back.chksum, back.uname,
          tarfile.calc_chksums(buf[-512:]))
print(tarfile.nti(tarfile.itn(-7, 8, tarfile.GNU_FORMAT)), tarfile.itn(8 ** 7, 8, tarfile.GNU_FORMAT),
      tarfile.itn(511), tarfile.stn('ab', 4, 'ascii', 'strict'), tarfile.nts(b'xy\0z', 'ascii', 'strict'))
print(t.get_info()['name'], info('d', type=tarfile.DIRTYPE).get_info()['name'])

# limits and bad values
cases = [
    (info('a' * 120), tarfile.USTAR_FORMAT),
    (info('p' * 160 + '/x'), tarfile.USTAR_FORMAT),
    (info('l', type=tarfile.SYMTYPE, linkname='z' * 101), tarfile.USTAR_FORMAT),
    (info('big', uid=8 ** 7), tarfile.USTAR_FORMAT),
    (info('neg', mtime=-1), tarfile.USTAR_FORMAT),
    (info('neg', mtime=-1), tarfile.GNU_FORMAT),
    (info('none', mode=None), tarfile.PAX_FORMAT),
    (info('none', uname=None), tarfile.GNU_FORMAT),
    (info('none', type=None), tarfile.GNU_FORMAT),
    (info('fmt'), 9),
]
for t, fmt in cases:
    try:
        print('ok', len(t.tobuf(fmt)), t.tobuf(fmt)[136:148])
    except ValueError as e:
        print('ValueError', e)
for bad in (b'', b'x' * 100, bytes(512), b'junk'.ljust(512, b'\0')):
    try:
        tarfile.TarInfo.frombuf(bad, 'utf-8', 'strict')
    except tarfile.HeaderError as e:
        print(type(e).__name__, e, isinstance(e, tarfile.TarError))
print(repr(tarfile.TarInfo('x')).split(' at ')[0], tarfile.TarInfo().name == '', tarfile.DEFAULT_FORMAT)
