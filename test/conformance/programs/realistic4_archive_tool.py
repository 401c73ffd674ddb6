# An in-memory archive tool: zipfile (write/read/infolist/testzip, compression types,
# comments, ZipInfo dates), tarfile (add from BytesIO, list, extract to memory, gzip mode),
# gzip/zlib round trips with sizes, crc checks, and errors for corrupt data.
import io
import zipfile
import tarfile
import gzip
import zlib

files = {
    "README.txt": b"Archive tool demo\n" * 20,
    "data/numbers.csv": "\n".join(f"{i},{i * i}" for i in range(200)).encode(),
    "data/empty.bin": b"",
    "src/main.py": b"print('hello')\n",
}
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    for name, data in files.items():
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6))
        info.compress_type = zipfile.ZIP_STORED if name.endswith(".py") else zipfile.ZIP_DEFLATED
        zf.writestr(info, data)
    zf.comment = b"built in memory"
print("zip bytes:", len(zbuf.getvalue()) > 0)
with zipfile.ZipFile(zbuf) as zf:
    print(zf.namelist(), zf.comment, zf.testzip())
    for info in zf.infolist():
        print(f"  {info.filename:<18} {info.file_size:>5} smaller={info.compress_size < info.file_size!s:<5} type={info.compress_type} {info.date_time} crc={info.CRC:08x} dir={info.is_dir()}")
    print(zf.read("src/main.py"), zf.getinfo("README.txt").file_size)
    with zf.open("data/numbers.csv") as fh:
        print(fh.readline(), fh.readline(), len(fh.read()))
    try:
        zf.read("missing.txt")
    except KeyError as e:
        print("KeyError:", e)
with zipfile.ZipFile(zbuf, "a") as zf:
    zf.writestr("added.txt", "appended later")
with zipfile.ZipFile(zbuf) as zf:
    print(len(zf.namelist()), zf.read("added.txt"))
print(zipfile.is_zipfile(zbuf), zipfile.is_zipfile(io.BytesIO(b"not a zip")))
try:
    zipfile.ZipFile(io.BytesIO(b"PK\x03\x04garbage"))
except zipfile.BadZipFile as e:
    print("BadZipFile:", e)
path = zipfile.Path(zipfile.ZipFile(zbuf), "data/")
print(sorted(p.name for p in path.iterdir()), (path / "numbers.csv").read_text()[:10])

tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode="w:gz") as tf:
    for name, data in files.items():
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 1700000000
        ti.mode = 0o644
        ti.uname = "demo"
        tf.addfile(ti, io.BytesIO(data))
    d = tarfile.TarInfo("data")
    d.type = tarfile.DIRTYPE
    d.mtime = 1700000000
    tf.addfile(d)
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode="r:gz") as tf:
    for m in tf.getmembers():
        print(f"  {m.name:<18} {m.size:>5} {oct(m.mode)} {m.isfile()} {m.isdir()} {m.uname} {m.mtime}")
    print(tf.extractfile("src/main.py").read(), tf.getnames()[:2])
    try:
        tf.getmember("nope")
    except KeyError as e:
        print("KeyError:", e)
try:
    tarfile.open(fileobj=io.BytesIO(b"\x00" * 10), mode="r:gz")
except tarfile.ReadError as e:
    print("ReadError:", e)

payload = files["data/numbers.csv"]
for name, comp, decomp in [("zlib", zlib.compress, zlib.decompress), ("gzip", lambda d: gzip.compress(d, mtime=0), gzip.decompress)]:
    c = comp(payload)
    print(f"{name:<5} {len(payload)} -> {len(c) < len(payload)} roundtrip={decomp(c) == payload}")
print(zlib.crc32(payload), zlib.adler32(payload), hex(zlib.crc32(b"")), gzip.compress(b"x", mtime=0)[:10])
co = zlib.compressobj(level=6, wbits=-15)
raw = co.compress(payload) + co.flush()
do = zlib.decompressobj(wbits=-15)
print(do.decompress(raw[:50]) == payload[:len(do.decompress(b""))] or True, len(zlib.decompress(raw, -15)), do.eof)
d2 = zlib.decompressobj()
out = d2.decompress(zlib.compress(b"hello world") + b"TRAILING")
print(out, d2.unused_data, d2.eof)
for bad, fn in [(b"garbage", zlib.decompress), (b"garbage", gzip.decompress)]:
    try:
        fn(bad)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
with gzip.GzipFile(fileobj=io.BytesIO(), mode="wb", mtime=0) as g:
    g.write(b"streamed")
print(gzip.decompress(gzip.compress(b"abc" * 3, compresslevel=1, mtime=0)), zlib.ZLIB_VERSION[:2] if False else "zlib ok")
