# zipfile.Path: iterdir with implied directories, joinpath and /, name/suffix/stem/parent, read_text/read_bytes/open through TextIOWrapper, errors, writing
import zipfile, io, os, tempfile
d = tempfile.mkdtemp(); zpath = os.path.join(d, 'arch.zip')
with zipfile.ZipFile(zpath, 'w') as z:
    z.writestr('top.txt', 'top\r\nfile\n')
    z.writestr('d/a.txt', 'héllo\nthere\n')
    z.writestr('d/sub/b.tar.gz', b'\x00\x01')
    z.writestr('e/', '')
root = zipfile.Path(zpath)
print(root.name, root.is_dir(), root.exists(), root.at == '', str(root) == zpath, repr(root) == 'Path(%r, %r)' % (zpath, ''))
print(sorted(p.name for p in root.iterdir()), sorted(str(p)[len(zpath):] for p in root.iterdir()))
a = root / 'd' / 'a.txt'
print(a.at, a.name, a.suffix, a.stem, a.is_file(), a.exists(), a.read_text(encoding='utf-8'), a.read_bytes(), a.parent.at, a.parent.parent.at == '', str(a.filename).endswith('arch.zip/d/a.txt'))
with a.open() as f: print(type(f).__name__, f.readline(), f.encoding)
with a.open('rb') as f: print(f.read(3))
b = root.joinpath('d', 'sub', 'b.tar.gz'); print(b.suffixes, b.stem, b.suffix, repr(b)[-20:])
print((root / 'd').at, (root / 'd').is_dir(), [p.name for p in (root / 'd').iterdir()], (root / 'e').is_dir(), list((root / 'e').iterdir()), (root / 'nope').exists())
t = root / 'top.txt'; print(repr(t.read_text()), repr(t.read_text(newline='')))
for bad in [lambda: (root / 'nope').open(), lambda: (root / 'd').open(), lambda: t.open('rb', encoding='x'), lambda: list(t.iterdir())]:
    try: bad()
    except (FileNotFoundError, IsADirectoryError, ValueError) as e: print(type(e).__name__, str(e)[-12:])
with zipfile.ZipFile(zpath) as z:
    p = zipfile.Path(z, 'd/'); print(p.at, [x.at for x in p.iterdir()], p.parent.at, type(p.root).__name__ in ('ZipFile', 'FastLookup'))
mem = io.BytesIO()
zw = zipfile.ZipFile(mem, 'w'); wp = zipfile.Path(zw, 'new.txt')
with wp.open('w') as f: f.write('written')
zw.close(); print(zipfile.ZipFile(mem).read('new.txt'))
