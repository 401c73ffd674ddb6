# Descriptor numbers are the program's own: files from 3 as the kernel gives them, EBADF for any
# number not opened (never one of the host's), open(fd)/closefd/opener, os.read offsets, select and subprocess.
import os, tempfile, subprocess, select
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    print("fileno", f.fileno())
    f.write("hello\n")
for n in [5, 7, 99, 1000]:
    for what, fn in [("open", lambda: open(n)), ("os.close", lambda: os.close(n)), ("os.read", lambda: os.read(n, 1)),
                     ("os.write", lambda: os.write(n, b"x")), ("os.lseek", lambda: os.lseek(n, 0, 0))]:
        try:
            r = fn(); print(what, n, "ok", r)
        except OSError as e:
            print(what, n, type(e).__name__, e)
try: open(-1)
except ValueError as e: print("ValueError", e)
fd = os.open(p, os.O_RDONLY); print("os.open", fd, os.read(fd, 3))
f = open(fd, closefd=False); print(f.fileno(), f.read()); f.close(); print(os.lseek(fd, 0, 0), os.read(fd, 2)); os.close(fd)
try: os.close(fd)
except OSError as e: print("again", e)
f1 = open(p); f2 = open(p); print(f1.fileno(), f2.fileno()); f1.close(); f3 = open(p, "rb"); print(f3.fileno()); f2.close(); f3.close()
try: open(p, closefd=False)
except ValueError as e: print(e)
def opener(path, flags):
    print("opener flags", oct(flags)); return os.open(path, flags)
with open(p, "a", opener=opener) as f: f.write("more\n"); print(f.fileno())
with open(p, opener=opener) as f: print(f.read())
for bad in [lambda pth, fl: -1, lambda pth, fl: "x"]:
    try: open(p, opener=bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
with open(p, "w") as out:
    subprocess.run(["echo", "from child"], stdout=out)
print(open(p).read())
with open(p) as f:
    r, w, x = select.select([f], [f], [], 0); print(len(r), len(w))
try: select.select([77], [], [], 0)
except (OSError, ValueError) as e: print(type(e).__name__, e)
r, w = os.pipe() if hasattr(os, "pipe") else (None, None)
print(fd >= 3)
