# io.TextIOWrapper over sys.stdout.buffer (as sys.stdout), a zipfile member, sys.stdin.buffer; long inputs read line by line with tell()
import io, sys, zipfile
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', errors='replace')
print('héllo', '\udc80 lone')
print(sys.stdout.encoding, repr(sys.stdout)[:40])
data = io.BytesIO()
with zipfile.ZipFile(data, 'w') as z:
    z.writestr('a.txt', 'line1\nline2\nthird line\n')
with zipfile.ZipFile(data) as z:
    with z.open('a.txt') as raw:
        for i, line in enumerate(io.TextIOWrapper(raw, encoding='utf-8')):
            print(i, repr(line))
text = ''.join('line %d é\r\n' % i for i in range(3000))
t = io.TextIOWrapper(io.BytesIO(text.encode('utf-8')), newline=None)
lines = t.readlines(); print(len(lines), lines[0], lines[-1], t.newlines, t.tell())
t.seek(0); n = 0
while True:
    line = t.readline()
    if not line: break
    n += 1
    if n in (1000, 2000): print(n, t.tell(), repr(line))
t = io.TextIOWrapper(io.BytesIO(text.encode('utf-16')), encoding='utf-16', newline='')
print(len(t.read(20000)), len(t.read()), t.readline())
stdin = io.TextIOWrapper(sys.stdin.buffer, encoding='latin-1'); print(repr(stdin.read()))
t = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8')
print(t.read(0), t.read(1), t.tell(), t.read(-1), t.read(None), t.tell())
try: t.read('x')
except TypeError as e: print('TypeError', e)
t = io.TextIOWrapper(io.BytesIO(b'12345\n67890\n'))
print(repr(t.readline(3)), repr(t.readline(0)), repr(t.readline(10)), repr(t.readline(-1)))
try: t.readline(None)
except TypeError as e: print('TypeError', e)
print('end')
