# fileinput: reading several files in order, the line counters, nextfile, readline, the module-level state and its errors
import fileinput
import os
import sys
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
with open("a.txt", "w") as f:
    f.write("alpha 1\nalpha 2\nalpha 3\n")
with open("b.txt", "w") as f:
    f.write("beta 1\nbeta 2")
with open("empty.txt", "w") as f:
    pass
with open("c.txt", "w") as f:
    f.write("gamma 1\n")

def state(fi):
    return (fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin(), fi.fileno() >= 0)

fi = fileinput.FileInput(["a.txt", "empty.txt", "b.txt", "empty.txt", "c.txt"])
print("before", state(fi))
for line in fi:
    print(repr(line), state(fi))
print("after", state(fi))
fi.close()
print("closed", state(fi))

for line in fileinput.input(("a.txt", "b.txt")):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), repr(line))
    if fileinput.filelineno() == 2:
        fileinput.nextfile()
print("global after", fileinput.filename(), fileinput.lineno(), fileinput.isstdin())
fileinput.close()
for fn in (fileinput.filename, fileinput.lineno, fileinput.filelineno, fileinput.fileno,
           fileinput.isfirstline, fileinput.isstdin, fileinput.nextfile):
    try:
        fn()
    except RuntimeError as e:
        print(fn.__name__, type(e).__name__, e)
fileinput.close()

it = fileinput.input("a.txt")
print(repr(next(it)))
try:
    fileinput.input("b.txt")
except RuntimeError as e:
    print(type(e).__name__, e)
fileinput.close()

fi = fileinput.FileInput("b.txt")
print(repr(fi.readline()), repr(fi.readline()), repr(fi.readline()), repr(fi.readline()), fi.lineno())
fi.close()
fi = fileinput.FileInput(files=["a.txt", "c.txt"])
print(next(fi), end="")
fi.nextfile()
print(fi.filename(), fi.lineno(), fi.filelineno())
print(next(fi), end="")
print(fi.filename(), fi.lineno(), fi.filelineno())
try:
    next(fi)
except StopIteration:
    print("StopIteration", fi.filename(), fi.lineno())
print(list(fi))
fi.close()

with fileinput.FileInput(["a.txt", "b.txt"], mode="rb") as fi:
    print(list(fi), fi.lineno())
with fileinput.input(["b.txt"]) as fi:
    print(iter(fi) is fi, [l for l in fi])
print(fileinput.filename(), fileinput.lineno(), fileinput.fileno())

import pathlib
print(list(fileinput.FileInput(pathlib.Path("c.txt"))))
print(list(fileinput.FileInput([pathlib.Path("c.txt"), "c.txt"])))
print(list(fileinput.FileInput([])))
sys.argv[1:] = ["c.txt", "a.txt"]
print(list(fileinput.FileInput()))
sys.argv[1:] = []
fi = fileinput.FileInput()
print(list(fi), fi.filename(), fi.isstdin())
fi = fileinput.FileInput(["-", "c.txt"])
print(list(fi), fi.filename(), fi.isstdin(), fi.lineno())

for kwargs in ({"mode": "w"}, {"mode": "rU"}, {"mode": "U"}, {"openhook": 3}, {"inplace": True, "openhook": open},
               {"mode": "rb", "encoding": "utf-8"}):
    try:
        fileinput.FileInput("c.txt", **kwargs)
        print("ok", kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    list(fileinput.FileInput(["c.txt", "missing.txt"]))
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    fileinput.FileInput("c.txt")[0]
except TypeError as e:
    print(type(e).__name__, e)
os.chdir("/")
tmp.cleanup()
