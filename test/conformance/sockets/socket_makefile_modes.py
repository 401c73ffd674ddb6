# makefile(): text newline modes (None translates \r and \r\n, "" keeps them, "\r\n" on output), binary files ignoring encoding/newline, buffering=0 (SocketIO), peek/read1/readinto, the io messages for closed or wrong-direction files, and "cannot read from timed out object" after a timeout
import socket
a, b = socket.socketpair()
a.sendall(b"HELLO\r\nWORLD\rX\nY\r")
a.shutdown(socket.SHUT_WR)
f = b.makefile("r", newline=None)
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.read()))
for nl in ["", "\n", "\r", "\r\n"]:
    c, d = socket.socketpair()
    c.sendall(b"one\r\ntwo\rthree\nfour\r\n\r\nend")
    c.shutdown(socket.SHUT_WR)
    g = d.makefile("r", newline=nl)
    print(repr(nl), [g.readline() for _ in range(6)], repr(g.read()))
    w = d.makefile("w", newline=nl)
    w.write("a\nb\r\n"); w.flush()
    print(repr(nl), c.recv(100))
    c.close(); d.close(); g.close(); w.close()
for kw in [dict(newline="x"), dict(newline=5), dict(encoding="utf-8"), dict(errors="strict", newline="x")]:
    for m in ["r", "rb"]:
        try:
            h = a.makefile(m, **kw); print(m, kw, type(h).__name__); h.close()
        except Exception as e:
            print(m, kw, type(e).__name__, e)
c, d = socket.socketpair()
raw = d.makefile("rb", buffering=0)
print(type(raw).__name__, raw.seekable(), raw.isatty(), raw.readable(), raw.writable(), raw.name == d.fileno(), raw.mode)
c.sendall(b"abcdef")
print(raw.read(3))
buf = bytearray(10)
print(raw.readinto(buf), buf)
rw = d.makefile("wb", buffering=0)
print(rw.write(b"xyz"), c.recv(10))
for fobj, op, arg in [(raw, "write", b"x"), (rw, "read", 1)]:
    try:
        getattr(fobj, op)(arg)
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    d.makefile("r", buffering=0)
except ValueError as e:
    print(e)
raw.close(); print(raw.closed, raw.name)
try:
    raw.read(1)
except ValueError as e:
    print(e)
br = d.makefile("rb")
print(br.seekable(), br.isatty(), br.readable())
c.sendall(b"0123456789")
print(br.peek(1)[:1], br.read1(4), br.read1(), )
c.sendall(b"ABCD")
bb = bytearray(3)
print(br.readinto(bb), bb, br.read(1))
for m, op in [("wb", "read"), ("wb", "readline"), ("rb", "write"), ("r", "write"), ("w", "readline")]:
    q = d.makefile(m)
    try:
        getattr(q, op)(*((b"x",) if op == "write" and "b" in m else ("x",) if op == "write" else ()))
    except Exception as e:
        print(m, op, type(e).__name__, e)
    q.close()
print(socket.has_dualstack_ipv6() in (True, False))
c.close(); d.close()
for m in ["rb", "wb", "r", "w"]:
    f = a.makefile(m)
    f.close()
    for op in ["read", "readline", "write", "flush", "readlines", "fileno", "readable", "isatty"]:
        try:
            args = {"write": (b"x" if "b" in m else "x",)}.get(op, ())
            print(m, op, getattr(f, op)(*args))
        except Exception as e:
            print(m, op, type(e).__name__, e)
a.close()
c, d = socket.socketpair()
d.settimeout(0.05)
rf = d.makefile("rb")
try:
    rf.readline()
except TimeoutError as e:
    print(type(e).__name__, e)
try:
    rf.readline()
except OSError as e:
    print(type(e).__name__, e)
c.close()
d.close()
