# io.StringIO: positions in code points with characters outside the BMP, subclassing, truncate.
import io
s = io.StringIO('😀ab\ncd')
print(s.read(2), s.tell(), s.readline(), s.readline(), s.tell())
s.seek(1); s.write('X😀'); print(repr(s.getvalue()), s.tell())
print(type(s), isinstance(s, io.StringIO))
class Sub(io.StringIO):
    def extra(self):
        return self.getvalue().upper()
u = Sub('abc'); u.seek(0, 2); u.write('d'); print(u.extra())
try: io.StringIO(newline='x')
except ValueError as e: print(e)
s = io.StringIO(); s.writelines(['a', 'b']); print(s.getvalue(), s.truncate(1), s.getvalue(), s.tell())
