# os.popen (read and write, exit statuses) and os.PathLike, made at first use by os's __getattr__.
import os, pathlib
p = os.popen('echo hi; echo there')
print(type(p).__name__)
print(p.read(), p.close())
p = os.popen('exit 3'); print(repr(p.read()), p.close())
with os.popen('printf "abc\\ndef\\n"') as f: print(f.readline(), list(f))
print(os.PathLike, isinstance('x', os.PathLike), isinstance(pathlib.Path('.'), os.PathLike), os.PathLike[str])
class P:
    def __fspath__(self): return '/tmp'
class N:
    __fspath__ = None
print(isinstance(P(), os.PathLike), isinstance(N(), os.PathLike), issubclass(P, os.PathLike), os.fspath(P()))
try: os.PathLike()
except TypeError as e: print(e)
try: os.popen('ls', 'x')
except ValueError as e: print(e)
try: os.popen(3)
except TypeError as e: print(e)
w = os.popen('cat > /dev/null', 'w'); print(w.write('x'), w.close())
w = os.popen('cat > /dev/null; exit 2', 'w'); w.write('to cat\n'); print(w.close())
from os import PathLike, popen
print(PathLike is os.PathLike, popen is os.popen)
