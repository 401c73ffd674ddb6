# os: fsencode/fsdecode, removedirs, renames, get_exec_path, defpath, error; io.BlockingIOError and open_code
import io
import os
import pathlib
import shutil
import tempfile

print(os.fsencode("caf\xe9"), os.fsencode(b"raw"), os.fsencode(pathlib.PurePosixPath("a/b")), ascii(os.fsdecode(b"a\xffb")))
print(os.fsdecode("s"), os.fsencode(os.fsdecode(b"\x80\xfe")), os.fsdecode(pathlib.PurePosixPath("p")))
for bad in (1, None, ["x"]):
    for fn in (os.fsencode, os.fsdecode):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
print(os.error is OSError, os.defpath, os.get_exec_path({"PATH": "/x:/y"}), os.get_exec_path({}), isinstance(os.get_exec_path(), list))
root = tempfile.mkdtemp()
try:
    deep = os.path.join(root, "a", "b", "c")
    os.makedirs(deep)
    with open(os.path.join(root, "a", "keep.txt"), "w") as f:
        f.write("x")
    os.removedirs(deep)
    print(sorted(os.listdir(os.path.join(root, "a"))), os.path.exists(os.path.join(root, "a", "b")))
    os.makedirs(os.path.join(root, "src", "d"))
    with open(os.path.join(root, "src", "d", "f.txt"), "w") as f:
        f.write("y")
    os.renames(os.path.join(root, "src", "d", "f.txt"), os.path.join(root, "dst", "e", "g.txt"))
    print(os.path.exists(os.path.join(root, "src")), sorted(os.listdir(os.path.join(root, "dst", "e"))))
    try:
        os.removedirs(os.path.join(root, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)
    with open(os.path.join(root, "code.py"), "w") as f:
        f.write("print(1)\n")
    with io.open_code(os.path.join(root, "code.py")) as f:
        print(f.read(), f.mode)
finally:
    shutil.rmtree(root)
print(io.BlockingIOError is BlockingIOError, "BlockingIOError" in io.__all__)
try:
    io.open_code(b"x")
except TypeError as e:
    print("TypeError:", e)
