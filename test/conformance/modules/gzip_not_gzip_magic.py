# GzipFile reading data that is empty, short or not gzip at all: the errors of the first read.
import gzip, io
for data in (b'', b'x', b'xy', b'\x1f', b'\x1f\x8b', b'junk' * 10, gzip.compress(b'hello', mtime=0), gzip.compress(b'a', mtime=0) + b'zz'):
    f = gzip.GzipFile(fileobj=io.BytesIO(data))
    try: print(f.read())
    except Exception as e: print(type(e).__name__, e)
