# io.StringIO: an in-memory text file (write, read, readline, seek, tell, truncate, iteration, close).
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write('!')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
t = io.StringIO('a\nb\nc')
print(list(t), t.tell(), repr(t.read()))
t.seek(0)
print(t.readlines(), t.seek(0, 2), s.readable(), s.writable(), s.seekable())
print(print('via print', file=s), repr(s.getvalue()))
with io.StringIO('x') as u:
    print(u.read(), u.closed)
print(u.closed)
for bad in [lambda: u.read(), lambda: s.write(1), lambda: io.StringIO(1), lambda: t.seek(-1), lambda: t.seek(1, 1)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
