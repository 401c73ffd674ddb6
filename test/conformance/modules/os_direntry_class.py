# os.DirEntry exists (annotations use it) and is posix.DirEntry, as is scandir()'s iterator
# posix.ScandirIterator; neither can be made directly
import os
print(os.DirEntry, type(os.scandir(".")), os.DirEntry.__name__, os.DirEntry.__module__)
with os.scandir(".") as it:
    entries = [e for e in it if e.name == "os_direntry_class.py"]
e = entries[0]
print(repr(e), isinstance(e, os.DirEntry), e.is_file(), e.is_dir(), e.name, type(e).__qualname__)
print("DirEntry" in dir(os), "environ" in dir(os))


def count(entry: os.DirEntry) -> int:
    return len(entry.name)


print(count(e))
for make in [os.DirEntry, type(os.scandir("."))]:
    try:
        make()
    except TypeError as ex:
        print("TypeError:", ex)
