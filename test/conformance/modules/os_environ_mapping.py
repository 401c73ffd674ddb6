# os.environ is a MutableMapping whose changes reach children; os.putenv/unsetenv/getenv and their errors.
import os, subprocess
from collections.abc import MutableMapping
os.putenv("EARLY", "1")
print(os.environ.get("EARLY"), os.getenv("EARLY"), os.getenv("EARLY", "dflt"))
print(isinstance(os.environ, MutableMapping), type(os.environ).__name__, type(os.environ).__module__)
print(hasattr(os, "__getattr__"))
os.environ.clear()
os.environ["PATH"] = "/usr/bin:/bin"
os.environ["B"] = "2"
os.environ["A"] = "1"
print(os.environ, len(os.environ), list(os.environ))
print(os.environ.keys(), list(os.environ.items()), list(os.environ.values()))
print(os.environ == {"PATH": "/usr/bin:/bin", "B": "2", "A": "1"}, os.environ.copy() == dict(os.environ))
print(os.environ | {"C": "3"} == {**os.environ, "C": "3"})
os.environ |= {"D": "4"}
print(os.environ.pop("D"), os.environ.pop("D", None), os.getenv("B"), "A" in os.environ)
print(os.environ.setdefault("S", "s"), os.environ.setdefault("S", "t"))
os.environ.update(X="x", Y="y")
os.environ.update([("W", "w")])
print(subprocess.run(["env"], capture_output=True, text=True).stdout.split())
del os.environ["X"]
print(subprocess.run("echo x$X$Y", shell=True, capture_output=True, text=True).stdout.strip())
os.putenv("HIDDEN", "h")
print(os.getenv("HIDDEN"), subprocess.run("echo $HIDDEN", shell=True, capture_output=True, text=True).stdout.strip())
os.unsetenv("HIDDEN")
print(subprocess.run("echo x$HIDDEN", shell=True, capture_output=True, text=True).stdout.strip())
os.environ["HOME"] = "/home/fake"
print(os.path.expanduser("~/f"), os.path.expandvars("$HOME-$Y-$NOPE"))
for bad in [lambda: os.environ.__setitem__("K", None), lambda: os.environ[3], lambda: os.environ["NOPE"],
            lambda: os.putenv("A=B", "x"), lambda: os.putenv("", "x"), lambda: os.unsetenv("A=B"),
            lambda: os.putenv(1, "x"), lambda: os.putenv("a\0", "x"), lambda: os.environ.pop("NOPE"),
            lambda: os.getenv(5), lambda: hash(os.environ), lambda: os.nosuchthing]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
