# Where a runaway recursion through a built-in stops depends on whether CPython 3.11 had specialised the call yet (8 runs of the code)
import sys

depth = 0

class StrSelf:
    def __str__(self):
        global depth
        depth += 1
        return str(self)

class FStrSelf:
    def __str__(self):
        global depth
        depth += 1
        return f"<{self}>"

class LenSelf:
    def __len__(self):
        global depth
        depth += 1
        return len(self)

class GetattrSelf:
    def __getattr__(self, name):
        global depth
        depth += 1
        return getattr(self, name)

class ReprSelf:
    def __repr__(self):
        global depth
        depth += 1
        return f"R({self!r})"

def attempt(label, fn):
    global depth
    depth = 0
    try:
        fn()
    except RecursionError as e:
        print(label, depth, e)

attempt("print str", lambda: print(StrSelf()))
attempt("str str", lambda: str(StrSelf()))
attempt("print fstr", lambda: print(FStrSelf()))
attempt("format fstr", lambda: "{}".format(FStrSelf()))
attempt("len", lambda: len(LenSelf()))
attempt("getattr", lambda: GetattrSelf().missing)
attempt("print repr", lambda: print(ReprSelf()))
attempt("repr list", lambda: repr([ReprSelf()]))

# Module-level calls, this code's first run: unspecialised.
depth = 0
try:
    print(ReprSelf())
except RecursionError as e:
    print("module print repr", depth, e)

# A call site run in a loop: the first 7 runs are unspecialised, then print's own level is gone.
levels = []
def room():
    n = 0
    def down():
        nonlocal n
        n += 1
        down()
    try:
        down()
    except RecursionError:
        pass
    return n

class Probe:
    def __str__(self):
        levels.append(room())
        return ""

def loop():
    for i in range(10):
        print(Probe(), end="")
loop()
print()
print([levels[0] - n for n in levels])
