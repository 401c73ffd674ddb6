# Path.glob/rglob: a pattern ending in a separator matches directories only.
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "a", "b", "c"))
    os.makedirs(os.path.join(d, "a", "x.d"))
    for f in ("a/f.txt", "a/b/g.txt", "a/b/c/h.txt", "a/y.d"):
        open(os.path.join(d, f), "w").close()
    p = pathlib.Path(d) / "a"
    rel = lambda it: sorted(str(q.relative_to(d)) for q in it)
    for pat in ["*", "*/", "*//", "*.d", "*.d/", "**", "**/", "*/*/", "b/", "b//c", "f.txt/", "**/*.txt", "**/c/"]:
        print(f"glob {pat!r:<12} {rel(p.glob(pat))}")
    for pat in ["*/", "c/", "*.txt"]:
        print(f"rglob {pat!r:<11} {rel(p.rglob(pat))}")
