# zipfile: comments, mkdir, reprs, seeking a member, misuse errors, safe extraction paths, ZipInfo.from_file.
import io
import os
import shutil
import tempfile
import warnings
import zipfile

D = (2021, 2, 3, 4, 5, 6)


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except (ValueError, TypeError, KeyError, NotImplementedError, zipfile.BadZipFile) as e:
        print(label, type(e).__name__, e)


buf = io.BytesIO()
zf = zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED, compresslevel=9)
print(zf.compression, zf.compresslevel, zf.mode, zf.comment, zf.debug, zf.pwd, zf.metadata_encoding)
print(repr(zf).startswith('<zipfile.ZipFile file=<_io.BytesIO object at '), repr(zf).endswith(" mode='w'>"))
zf.mkdir('folder')
zf.mkdir('other/', mode=0o700)
zf.writestr(zipfile.ZipInfo('a.txt', D), b'alpha\nbeta\ngamma\n' * 20)
zf.writestr(zipfile.ZipInfo('s.txt', D), b'stored', compress_type=zipfile.ZIP_STORED)
zf.writestr(zipfile.ZipInfo('../evil.txt', D), b'outside?')
zf.writestr(zipfile.ZipInfo('/abs/x.txt', D), b'rooted')
zf.writestr(zipfile.ZipInfo('./dot/./y.txt', D), b'dots')
attempt('mkdir file info', zf.mkdir, zipfile.ZipInfo('plain', D))
attempt('mkdir bad type', zf.mkdir, 5)
attempt('open mode', zf.open, 'a.txt', 'a')
attempt('open pwd w', zf.open, 'n.txt', 'w', pwd=b'x')
attempt('setpassword', zf.setpassword, 'text')
attempt('comment type', setattr, zf, 'comment', 'text')
zf.comment = b'archive comment'
w = zf.open(zipfile.ZipInfo('w.bin', D), 'w')
print(w.writable(), w.write(b'abc'), w.write(bytearray(b'def')))
attempt('second writer', zf.open, 'x', 'w')
attempt('writestr while open', zf.writestr, 'x', b'')
attempt('read while writing', zf.open, 'a.txt')
attempt('close while writing', zf.close)
w.close()
attempt('write closed handle', w.write, b'x')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    zf.writestr(zipfile.ZipInfo('s.txt', D), b'again')
    print([str(c.message) for c in caught], [c.category.__name__ for c in caught])
zf.close()
zf.close()
print(repr(zf))
attempt('closed writestr', zf.writestr, 'x', b'')
attempt('closed open', zf.open, 'a.txt')

raw = buf.getvalue()
zf = zipfile.ZipFile(io.BytesIO(raw))
print(zf.comment, zf.namelist())
for i in zf.infolist():
    print(repr(i))
print(zf.getinfo('folder/').external_attr, zf.getinfo('other/').external_attr, zf.getinfo('folder/').is_dir())
with zf.open('a.txt') as f:
    print(f.readable(), f.seekable(), f.tell(), f.read(6), f.tell())
    print(f.seek(2), f.read(4), f.seek(-6, 1), f.read(3), f.seek(-4, 2), f.read())
    print(f.seek(0), f.readline(3), f.readline(), f.peek(2)[:2])
    print(repr(f), f.name, f.mode)
    attempt('whence', f.seek, 0, 5)
print(f.closed)
attempt('read closed member', f.read)
attempt('write to r', zf.writestr, 'x', b'')
attempt('mkdir on r', zf.mkdir, 'd')
zf.close()
attempt('metadata_encoding w', zipfile.ZipFile, io.BytesIO(), 'w', metadata_encoding='utf-8')
attempt('bad compression', zipfile.ZipFile, io.BytesIO(), 'w', 3)

tmp = tempfile.mkdtemp()
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    for name in ['../evil.txt', '/abs/x.txt', './dot/./y.txt', 'folder/']:
        print(name, '->', os.path.relpath(zf.extract(name, tmp), tmp))
    zf.extractall(os.path.join(tmp, 'some'), members=['a.txt', zf.getinfo('s.txt')])
    print(sorted(os.listdir(os.path.join(tmp, 'some'))))
os.mkdir(os.path.join(tmp, 'srcdir'))
with open(os.path.join(tmp, 'srcdir', 'f.txt'), 'w') as f:
    f.write('x' * 10)
zi = zipfile.ZipInfo.from_file(os.path.join(tmp, 'srcdir'), 'dir_arc')
print(zi.filename, zi.is_dir(), zi.file_size, hex(zi.external_attr & 0xFFFF))
zi = zipfile.ZipInfo.from_file(os.path.join(tmp, 'srcdir', 'f.txt'), '/lead/../f.txt')
print(zi.filename, zi.is_dir(), zi.file_size, zi.compress_type)
zi = zipfile.ZipInfo.from_file(os.path.join(tmp, 'srcdir', 'f.txt'))
print(zi.filename.endswith('srcdir/f.txt'), zi.filename.startswith('/'))
out = io.BytesIO()
with zipfile.ZipFile(out, 'w') as zf:
    zf.write(os.path.join(tmp, 'srcdir'), 'dd')
    zf.write(os.path.join(tmp, 'srcdir', 'f.txt'), 'dd/f.txt', compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
with zipfile.ZipFile(out) as zf:
    print([(i.filename, i.file_size, i.compress_type, i.is_dir()) for i in zf.infolist()], zf.read('dd/f.txt'))
z = zipfile.ZipInfo('name\x00junk', D)
print(z.filename, repr(z.orig_filename), z.date_time, z.compress_type, z.create_version, z.extract_version, z.flag_bits)
print(zipfile.ZipInfo().filename, zipfile.ZipInfo().date_time)
# 'a' on a file that is not an archive appends one after its bytes (a stub); on a missing path it creates one.
stub = os.path.join(tmp, 'stub.bin')
with open(stub, 'wb') as f:
    f.write(b'#!stub header\n')
with zipfile.ZipFile(stub, 'a') as zf:
    print(zf.mode, zf.namelist())
    zf.writestr(zipfile.ZipInfo('in.txt', D), b'inside')
with open(stub, 'rb') as f:
    print(f.read(14))
with zipfile.ZipFile(stub) as zf:
    print(zf.namelist(), zf.read('in.txt'), zf.getinfo('in.txt').header_offset)
fresh = os.path.join(tmp, 'fresh.zip')
with zipfile.ZipFile(fresh, 'a') as zf:
    zf.writestr(zipfile.ZipInfo('n.txt', D), b'new')
with zipfile.ZipFile(fresh, 'a') as zf:
    zf.comment = b'c'
    print(zf.namelist(), zf.read('n.txt'))
with zipfile.ZipFile(fresh) as zf:
    print(zf.comment, zf.namelist(), os.path.basename(zf.filename))
try:
    zipfile.ZipFile(fresh, 'x')
except FileExistsError as e:
    print(type(e).__name__)
try:
    zipfile.ZipFile(os.path.join(tmp, 'missing.zip'))
except FileNotFoundError as e:
    print(type(e).__name__)
with zipfile.ZipFile(os.path.join(tmp, 'empty.zip'), 'x') as zf:
    pass
print(os.path.getsize(os.path.join(tmp, 'empty.zip')), zipfile.is_zipfile(os.path.join(tmp, 'empty.zip')))
shutil.rmtree(tmp)
