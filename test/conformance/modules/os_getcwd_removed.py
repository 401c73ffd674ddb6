# getcwd() after the current directory is removed: FileNotFoundError (the kernel's ENOENT), and
# so is making a relative path absolute (abspath, relpath, realpath and pathlib call getcwd).
import os, tempfile, pathlib
d = tempfile.mkdtemp()
os.chdir(d)
print(os.getcwd() == os.path.realpath(d))
os.rmdir(d)
for fn in (os.getcwd, os.getcwdb, lambda: os.path.abspath("x"), lambda: pathlib.Path.cwd(), lambda: pathlib.Path("y").resolve(), lambda: os.path.relpath("/tmp"), lambda: os.path.abspath("/abs/ok")):
    try:
        fn()
        print("no error")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename, e)
os.chdir("/")
print(os.getcwd())
