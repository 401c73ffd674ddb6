# zipfile: writing and reading archives in memory and on disk (STORED and DEFLATED), ZipInfo, append, extract, errors
import io
import os
import shutil
import tempfile
import zipfile

def info(name, date=(2020, 5, 17, 13, 45, 58), kind=zipfile.ZIP_STORED):
    z = zipfile.ZipInfo(name, date)
    z.compress_type = kind
    return z

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr(info('hello.txt'), b'hello world\n')
    zf.writestr(info('dir/'), b'')
    zf.writestr(info('caf\u00e9.txt'), 'unicode name')
    print(zf.namelist())
raw = buf.getvalue()
print(len(raw))
print(raw.hex())

with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    for i in zf.infolist():
        print(i.filename, i.date_time, i.compress_type, i.file_size, i.compress_size, hex(i.CRC), i.is_dir(), i.flag_bits, i.header_offset, i.create_system, i.create_version, i.extract_version, i.external_attr)
        print(repr(i))
    print(zf.read('hello.txt'), zf.read(zf.getinfo('caf\u00e9.txt')))
    print(zf.testzip())
    with zf.open('hello.txt') as f:
        print(f.read(5), f.read(), f.read())
    with zf.open('hello.txt') as f:
        print(f.readline(), f.readline())
    zf.printdir()
    try:
        zf.getinfo('missing')
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        zf.writestr('x', b'')
    except ValueError as e:
        print(type(e).__name__, e)

text = ('line %d: the quick brown fox jumps over the lazy dog\n' * 200) % tuple(range(200))
buf2 = io.BytesIO()
with zipfile.ZipFile(buf2, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(info('big.txt', kind=zipfile.ZIP_DEFLATED), text)
    zf.writestr('stored.bin', bytes(range(256)), compress_type=zipfile.ZIP_STORED)
    with zf.open('streamed.txt', 'w') as w:
        w.write(b'part one, ')
        w.write(b'part two')
with zipfile.ZipFile(buf2) as zf:
    i = zf.getinfo('big.txt')
    print(i.compress_type, i.file_size, i.compress_size < i.file_size, zf.read('big.txt').decode() == text)
    print(zf.getinfo('stored.bin').compress_size, zf.read('stored.bin') == bytes(range(256)))
    print(zf.read('streamed.txt'), zf.getinfo('streamed.txt').compress_type)
    with zf.open('big.txt') as f:
        print(f.readline(), len(f.readlines()))
    print(zf.testzip())

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'a.zip')
src = os.path.join(tmp, 'src.txt')
with open(src, 'w') as f:
    f.write('from a file\n')
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.write(src, 'inside/src.txt')
    zf.writestr(info('one.txt'), 'one')
print(zipfile.is_zipfile(path), zipfile.is_zipfile(src), zipfile.is_zipfile(io.BytesIO(raw)))
with zipfile.ZipFile(path, 'a') as zf:
    zf.writestr(info('two.txt'), 'two')
with zipfile.ZipFile(path) as zf:
    print(zf.namelist(), zf.read('two.txt'), zf.read('inside/src.txt'))
    print(zf.getinfo('inside/src.txt').compress_type, zf.getinfo('inside/src.txt').file_size)
    out = os.path.join(tmp, 'out')
    p = zf.extract('inside/src.txt', out)
    print(os.path.relpath(p, tmp), open(p).read())
    zf.extractall(os.path.join(tmp, 'all'))
    print(sorted(os.listdir(os.path.join(tmp, 'all'))))
    print(repr(zf)[:len('<zipfile.ZipFile filename=')], zf.mode)
print(repr(zf))

for bad in [b'', b'not a zip file at all', raw[:40]]:
    try:
        zipfile.ZipFile(io.BytesIO(bad))
    except zipfile.BadZipFile as e:
        print(type(e).__name__, e)
print(zipfile.BadZipfile is zipfile.BadZipFile, issubclass(zipfile.BadZipFile, Exception))
corrupt = bytearray(raw)
corrupt[raw.index(b'hello world')] = ord('j')
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as zf:
    print(zf.testzip())
    try:
        zf.read('hello.txt')
    except zipfile.BadZipFile as e:
        print(type(e).__name__, e)
try:
    zipfile.ZipFile(io.BytesIO(), 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    zipfile.ZipInfo('old', (1979, 1, 1, 0, 0, 0))
except ValueError as e:
    print(type(e).__name__, e)
zf = zipfile.ZipFile(io.BytesIO(raw))
zf.close()
try:
    zf.read('hello.txt')
except ValueError as e:
    print(type(e).__name__, e)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
shutil.rmtree(tmp)
