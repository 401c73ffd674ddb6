# io.TextIOWrapper over a file open()ed in binary mode: its buffer is that file, and closing the
# wrapper closes it; io.TextIOWrapper over a BytesIO and the standard streams have a buffer too.
import io
import sys

f = open(__file__, 'rb')
t = io.TextIOWrapper(f, encoding='utf-8')
print(t.readline().rstrip(), t.buffer is f, t.encoding)
print(type(io.TextIOWrapper(io.BytesIO(b'q'), encoding='utf-8').buffer).__name__)
print(type(sys.stdin.buffer).__name__ in ('BufferedReader', 'FileIO'))
t.close()
print(f.closed)
