# timeit's module-level helpers: reindent (used to build the timed function), and __doc__,
# which is the usage text `python -m timeit -h` prints.
import contextlib
import io
import timeit

for src, n in [("", 0), ("", 4), ("pass", 4), ("\n\n", 4), ("a = 1\nb = 2\nc = 3", 2)]:
    print(repr(timeit.reindent(src, n)))
print(timeit.reindent.__doc__)
print(timeit.__doc__.splitlines()[0])
print(len(timeit.__doc__.splitlines()))
out = io.StringIO()
with contextlib.redirect_stdout(out):
    timeit.main(['-h'])
print(out.getvalue() == timeit.__doc__ + ' ')
# A multi-line setup and statement still time (reindent moves their continuation lines).
t = timeit.Timer("for i in range(3):\n    x = i", "y = 0\nz = 1")
print(type(t.timeit(5)).__name__)
