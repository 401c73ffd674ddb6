# io.StringIO: appending writes (the common case) and the cases around it: newline translation, writes after seek,
# past the end, after close, and the position and value after each
import io
s = io.StringIO()
print(s.write('ab\n'), s.write(''), s.write('cd\r\n'), s.tell(), repr(s.getvalue()))
s.seek(1); print(s.write('X'), s.tell(), repr(s.getvalue())); s.seek(0, 2); print(s.write('end'), repr(s.getvalue()))
s.seek(20); print(s.write('far'), repr(s.getvalue()), s.tell())
for nl in [None, '', '\r', '\r\n']:
    t = io.StringIO(newline=nl)
    print(repr(nl), t.write('a\nb\r\nc\r'), repr(t.getvalue()), t.tell(), t.newlines)
u = io.StringIO('init'); print(u.tell(), u.write('Z'), repr(u.getvalue()))
u.close()
try: u.write('x')
except ValueError as e: print(e)
try: io.StringIO().write(b'x')
except TypeError as e: print(e)
lines = io.StringIO()
for i in range(1000):
    lines.write('line %d\n' % i)
print(len(lines.getvalue()), lines.getvalue()[-9:], lines.tell())
