# Error messages of builtins and library functions checked against CPython 3.11: the order of
# checks (a missing file before a bad newline, a buffer asked readable before seekable) and the
# wording (a size that may be None, a method of a non-callable, warnings' category).
import io
import os
import sys
import tempfile
import types
import warnings
from urllib.parse import urljoin, urlparse, urlsplit, urlunparse, urlunsplit


def attempt(label, fn):
    try:
        r = fn()
        print(label, "=>", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# types.MethodType refuses what cannot be called (tp_call unset); __call__ = None still counts.
class NoneCall:
    __call__ = None


for f in (len, lambda s: s, str.upper, staticmethod(len), NoneCall(), 1, None, object()):
    attempt("MethodType", lambda: type(types.MethodType(f, 5)).__name__)

attempt("filterwarnings int", lambda: warnings.filterwarnings("error", category=5))
attempt("filterwarnings cls", lambda: warnings.filterwarnings("error", category=int))

# open(): the file is opened before TextIOWrapper checks its newline.
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
try:
    open(os.path.join(d, "missing"), "r", newline="z")
except OSError as e:
    print("missing + bad newline ->", type(e).__name__, e.strerror)
attempt("write + bad newline", lambda: open(p, "w", newline="z"))
print("created anyway:", os.path.exists(p))
with open(p, "w") as f:
    f.write("ab\ncd\nef\n")

# Sizes that may be None (_Py_convert_optional_to_ssize_t); TextIOWrapper.readline's is an index.
for mode in ("r", "rb"):
    with open(p, mode) as f:
        for meth, arg in (("read", "a"), ("read", 1.5), ("readline", "a"), ("readlines", "a"), ("read", None)):
            attempt(f"{mode} {meth}({arg!r})", lambda: getattr(f, meth)(arg))
            f.seek(0)
        for h in (0, 2, 3, 4, -1):
            attempt(f"{mode} readlines({h})", lambda: f.readlines(h))
            f.seek(0)
    if mode == "rb":
        with open(p, "rb", buffering=0) as f:
            attempt("raw readall", lambda: f.read("a"))
os.remove(p)
os.rmdir(d)
for meth, arg in (("read", "a"), ("readline", "a"), ("readlines", "a")):
    attempt(f"stdin {meth}", lambda: getattr(sys.stdin, meth)(arg))
    attempt(f"stdin.buffer {meth}", lambda: getattr(sys.stdin.buffer, meth)(arg))


# TextIOWrapper asks its buffer readable(), writable(), then seekable(), once each.
class Noisy(io.BytesIO):
    def readable(self):
        print("  readable")
        return True

    def writable(self):
        print("  writable")
        return True

    def seekable(self):
        print("  seekable")
        return True


t = io.TextIOWrapper(Noisy())
t.write("x")
t.seek(0)
print(t.read())
attempt("TextIOWrapper(1)", lambda: io.TextIOWrapper(1))

# urllib.parse: the first argument decides str or bytes; others of the other kind are refused.
attempt("urlparse int", lambda: urlparse(5))
attempt("urlsplit mixed", lambda: urlsplit("a", b"x"))
attempt("urlsplit None scheme", lambda: urlsplit("a", None))
attempt("urlunsplit int", lambda: urlunsplit((5, "", "", "", "")))
attempt("urlunsplit mixed", lambda: urlunsplit(("", "", 5, "", "")))
attempt("urlunparse ints", lambda: urlunparse((1, 2, 3, 4, 5, 6)))
attempt("urljoin mixed", lambda: urljoin("a", 5))
attempt("urljoin int", lambda: urljoin(5, "a"))
attempt("urljoin ok", lambda: urljoin("http://a/b/c", "../d"))
