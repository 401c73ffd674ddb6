# fileinput: opening hooks (custom, hook_encoded, hook_compressed), encoding and errors, in-place editing with backups
import fileinput
import gzip
import os
import sys
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
with open("latin.txt", "wb") as f:
    f.write("caf\xe9 cr\xe8me\nna\xefve\n".encode("latin-1"))
with open("plain.txt", "w") as f:
    f.write("one\ntwo\nthree\n")
with gzip.open("packed.gz", "wb") as f:
    f.write(b"zipped 1\nzipped 2\n")

calls = []
def hook(name, mode, **kwargs):
    calls.append((name, mode, sorted(kwargs.items())))
    return open(name, mode, **kwargs)

print(list(fileinput.FileInput("plain.txt", openhook=hook)), calls)
calls.clear()
print(list(fileinput.FileInput("latin.txt", openhook=hook, encoding="latin-1")), calls)
calls.clear()
print(list(fileinput.FileInput(["plain.txt"], mode="rb", openhook=hook, errors="strict")), calls)
print(list(fileinput.FileInput("latin.txt", encoding="latin-1")))
print(list(fileinput.FileInput("latin.txt", encoding="utf-8", errors="replace")))
print(list(fileinput.FileInput("latin.txt", encoding="ascii", errors="ignore")))
try:
    list(fileinput.FileInput("latin.txt", encoding="utf-8"))
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    print(list(fileinput.FileInput("plain.txt", mode="rb", encoding="utf-8")))
except ValueError as e:
    print(type(e).__name__, e)

enc = fileinput.hook_encoded("latin-1")
print(list(fileinput.FileInput("latin.txt", openhook=enc)))
print(list(fileinput.FileInput("latin.txt", openhook=fileinput.hook_encoded("utf-8", "backslashreplace"))))
f = enc("plain.txt", "r")
print(f.read(), end="")
f.close()
print(list(fileinput.FileInput(["packed.gz", "plain.txt"], openhook=fileinput.hook_compressed)))
print(list(fileinput.FileInput(["packed.gz"], mode="rb", openhook=fileinput.hook_compressed)))
print(list(fileinput.FileInput(["packed.gz"], openhook=fileinput.hook_compressed, encoding="ascii")))
f = fileinput.hook_compressed("plain.txt", "r", encoding="utf-8", errors="strict")
print(f.read(), end="")
f.close()

# In place: print() goes into the file being read; the original is kept as a backup only when asked.
saved = sys.stdout
for line in fileinput.input(["plain.txt"], inplace=True):
    print(fileinput.filelineno(), line.upper(), end="")
print(sys.stdout is saved, sorted(os.listdir(".")))
with open("plain.txt") as f:
    print(repr(f.read()))
with fileinput.FileInput(["plain.txt", "latin.txt"], inplace=True, backup=".orig", encoding="latin-1") as fi:
    for line in fi:
        sys.stdout.write(line.replace("O", "0").replace("\xe9", "e"))
        if fi.isfirstline():
            print("# first of", fi.filename())
print(sys.stdout is saved, sorted(os.listdir(".")))
for name in ("plain.txt", "plain.txt.orig", "latin.txt", "latin.txt.orig"):
    with open(name, "rb") as f:
        print(name, f.read())
with open("bin.dat", "wb") as f:
    f.write(b"\x00\x01\n\x02\n")
with fileinput.FileInput("bin.dat", inplace=True, mode="rb") as fi:
    for line in fi:
        sys.stdout.buffer.write(line[::-1]) if hasattr(sys.stdout, "buffer") else sys.stdout.write(line[::-1])
with open("bin.dat", "rb") as f:
    print(f.read())
fi = fileinput.FileInput(["plain.txt", "latin.txt"], inplace=True, encoding="latin-1")
print(next(fi), end="")
print("to the file", file=sys.stdout)
fi.nextfile()
print("back on stdout", sys.stdout is saved)
fi.close()
with open("plain.txt") as f:
    print(repr(f.read()))
print(sorted(os.listdir(".")))
with open("plain.txt.bak", "w") as f:
    f.write("stale backup\n")
for line in fileinput.input("plain.txt", inplace=True):
    print(line, end="")
fileinput.close()
print(sorted(os.listdir(".")))
os.chmod("plain.txt", 0o640)
for line in fileinput.input("plain.txt", inplace=True, backup="~"):
    print(line, end="")
fileinput.close()
print(oct(os.stat("plain.txt").st_mode & 0o777), sorted(os.listdir(".")))
try:
    for line in fileinput.input(["missing.txt"], inplace=True):
        pass
except FileNotFoundError as e:
    print(type(e).__name__, e, sys.stdout is saved)
fileinput.close()
os.chdir("/")
tmp.cleanup()
