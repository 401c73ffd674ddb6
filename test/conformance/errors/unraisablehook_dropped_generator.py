# sys.unraisablehook: a generator a for loop drops whose close() raises, atexit callbacks, _thread functions
import sys, atexit, _thread, time, io, re

def gen(exc):
    try:
        yield 1
        yield 2
    finally:
        raise exc

def drop(exc):
    for x in gen(exc):
        break

class E(Exception):
    def __str__(self):
        raise ValueError
class Mod(Exception):
    pass
Mod.__module__ = "pkg.mod"

print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
# (a generator's repr has its address: the reports are caught and the addresses masked)
real_stderr = sys.stderr
sys.stderr = io.StringIO()
# the default report: "Type: " even for an empty str, a module-qualified name, a str() that fails
for exc in [ValueError(), E("x"), Mod("m"), KeyError("k")]:
    drop(exc)

seen = []
def hook(u):
    seen.append(u)
    print("HOOK", type(u).__name__, u.exc_type.__name__, repr(u.exc_value), u.exc_traceback is not None, u.err_msg, type(u.object).__name__)
sys.unraisablehook = hook
drop(RuntimeError("to the hook"))
print(len(seen), len(seen[0]), seen[0][3])

def bad_hook(u):
    raise TypeError("hook failed")
sys.unraisablehook = bad_hook
drop(RuntimeError("lost"))
sys.unraisablehook = None
drop(RuntimeError("hook is None"))
del sys.unraisablehook
drop(RuntimeError("no hook"))
sys.unraisablehook = sys.__unraisablehook__
print(re.sub("File \".*/", "File \"", re.sub("0x[0-9a-f]+", "ADDR", sys.stderr.getvalue())))
sys.stderr = real_stderr
try:
    sys.__unraisablehook__(5)
except TypeError as e:
    print(type(e).__name__, e)

class Named:
    def __init__(self, name, fn):
        self.name, self.fn = name, fn
    def __repr__(self):
        return "<callable %s>" % self.name
    def __call__(self):
        self.fn()

def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        raise OSError("no chain shown")
_thread.start_new_thread(Named("chained", chained), ())
time.sleep(0.1)

def cb():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("in atexit")
atexit.register(Named("cb", cb))
def cb2():
    raise SystemExit(3)
atexit.register(Named("cb2", cb2))
atexit.register(Named("first", lambda: 1 / 0))
print("end")
