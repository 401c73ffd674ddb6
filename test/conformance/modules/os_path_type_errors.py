# os.path's pure functions reject non-paths with os.fspath's message; join's later parts with join()'s
import os.path

for args in [(1,), ("a", 1), (None,), ("a", "b", 2.5), ([],)]:
    try:
        os.path.join(*args)
    except TypeError as e:
        print("join", e)
for name in ["basename", "dirname", "split", "splitext", "normpath", "isabs", "abspath", "expanduser", "realpath", "relpath"]:
    try:
        getattr(os.path, name)(1)
    except TypeError as e:
        print(name, e)
print(os.path.join("a", "b"), os.path.basename("x/y.txt"), os.path.splitext("x/y.txt"))
