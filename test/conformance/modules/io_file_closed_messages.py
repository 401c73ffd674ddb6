# closed-file and wrong-mode errors of binary and text files: each operation's own message, as CPython's
import os, tempfile
td = tempfile.TemporaryDirectory()
d = td.name
p = os.path.join(d, "f")
open(p, "w").write("abc\n")
ops = {"read": lambda f: f.read(), "read1": lambda f: f.read(1) if "b" not in f.mode else f.read1(1), "readline": lambda f: f.readline(), "readlines": lambda f: f.readlines(),
       "seek": lambda f: f.seek(0), "tell": lambda f: f.tell(), "write": lambda f: f.write(b"x" if "b" in f.mode else "x"), "flush": lambda f: f.flush(),
       "fileno": lambda f: f.fileno(), "isatty": lambda f: f.isatty(), "truncate": lambda f: f.truncate(), "readable": lambda f: f.readable(),
       "writable": lambda f: f.writable(), "seekable": lambda f: f.seekable(), "iter": lambda f: iter(f), "next": lambda f: next(f),
       "peek": lambda f: f.peek(1) if "b" in f.mode else 0, "readinto": lambda f: f.readinto(bytearray(2)) if "b" in f.mode else 0, "writelines": lambda f: f.writelines([]),
       "enter": lambda f: f.__enter__(), "close": lambda f: f.close()}
for mode in ["rb", "wb", "r+b", "r", "w", "r+"]:
    for closed in [False, True]:
        out = []
        for name, op in ops.items():
            f = open(p, mode if mode[0] != "w" else "a" + mode[1:])
            if closed:
                f.close()
            try:
                op(f)
                out.append(name + ":ok")
            except Exception as e:
                out.append(name + ":" + type(e).__name__ + ":" + str(e))
            f.close()
        print(mode, closed, out)
td.cleanup()
