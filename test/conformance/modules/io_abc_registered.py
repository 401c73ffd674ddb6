# io.IOBase and its kinds are ABCs: files, the standard streams, their buffers and StringIO/BytesIO
# are instances; a subclass of io.TextIOBase can do nothing until it says so; `with sys.stdin`.
import io, sys
f = open(__file__)
b = open(__file__, 'rb')
for o in [f, b, sys.stdout, sys.stdin, sys.stdin.buffer, io.StringIO(), io.BytesIO()]:
    print(type(o).__name__, [isinstance(o, c) for c in (io.IOBase, io.TextIOBase, io.BufferedIOBase, io.RawIOBase)])
print(io.IOBase, io.TextIOBase.__mro__)
class Up(io.TextIOBase):
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s.upper()); return len(s)
u = Up()
print('hi', file=u); print(u.parts, u.closed, isinstance(u, io.IOBase), u.writable())
with u: pass
print(u.closed)
print(issubclass(io.StringIO, io.IOBase), issubclass(int, io.IOBase))
f.close(); b.close()
with sys.stdin as f:
    print(f is sys.stdin, f.closed)
print(sys.stdin.closed)
try:
    with sys.stdin:
        pass
except ValueError as e:
    print(type(e).__name__, e)
