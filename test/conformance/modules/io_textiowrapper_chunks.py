# io.TextIOWrapper: line ends split across 8192-byte chunks for every newline mode, readline sizes, multi-byte characters across chunks, UTF-16 and UTF-8-sig byte order marks
import io
data = b'x' * 8191 + b'\r\n' + b'y' * 10 + b'\r' + b'z\n'
for nl in [None, '', '\n', '\r', '\r\n']:
    w = io.TextIOWrapper(io.BytesIO(data), newline=nl)
    lines = [len(l) for l in w]
    print(repr(nl), lines, w.newlines)
    w = io.TextIOWrapper(io.BytesIO(data), newline=nl)
    print(len(w.readline(5)), len(w.readline(9000)), repr(w.readline(0)), repr(w.read(0)), repr(w.readline()), repr(w.read()))
w = io.TextIOWrapper(io.BytesIO('aé€😀'.encode() * 3000), encoding='utf-8')
s = w.read(8190); print(len(s), w.tell())
s = w.read(5); print(s.encode(), w.tell())
w = io.TextIOWrapper(io.BytesIO('aé€😀\n'.encode('utf-16')), encoding='utf-16')
print(repr(w.read()))
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-16')
w.write('ab'); w.write('c'); w.flush(); print(w.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8-sig')
w.write('ab'); w.write('c'); w.flush(); print(w.buffer.getvalue())
print(repr(io.TextIOWrapper(io.BytesIO(b'\xef\xbb\xbfhi'), encoding='utf-8-sig').read()))
