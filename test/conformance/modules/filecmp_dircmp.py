# filecmp: cmp (shallow and deep), cmpfiles, dircmp's lists and reports over folders made here
import os
import filecmp
import tempfile

tmp = tempfile.TemporaryDirectory()
root = tmp.name

def write(rel, text, mtime=1000000000):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    os.utime(path, (mtime, mtime))
    return path

a = write('a/same.txt', 'hello')
b = write('b/same.txt', 'hello')
write('a/diff.txt', 'one')
write('b/diff.txt', 'two', mtime=1000000005)
write('a/sametime.txt', 'abc')
write('b/sametime.txt', 'xyz')         # same size and time: shallow says equal
write('a/only_a.txt', '')
write('b/only_b.txt', '')
write('a/sub/x.txt', 'x')
write('b/sub/x.txt', 'y', mtime=1000000009)
write('a/sub/deeper/z.txt', 'z')
write('b/sub/deeper/z.txt', 'z')
write('a/kind', 'file')
os.makedirs(os.path.join(root, 'b', 'kind'))
os.makedirs(os.path.join(root, 'a', '.git'))
os.makedirs(os.path.join(root, 'b', 'tags'))

A, B = os.path.join(root, 'a'), os.path.join(root, 'b')
print(filecmp.cmp(a, b), filecmp.cmp(a, b, shallow=False))
print(filecmp.cmp(os.path.join(A, 'sametime.txt'), os.path.join(B, 'sametime.txt')),
      filecmp.cmp(os.path.join(A, 'sametime.txt'), os.path.join(B, 'sametime.txt'), shallow=False))
print(filecmp.cmp(os.path.join(A, 'diff.txt'), os.path.join(B, 'diff.txt'), shallow=False))
print(filecmp.cmp(A, B))
print(filecmp.cmpfiles(A, B, ['same.txt', 'diff.txt', 'missing.txt', 'sametime.txt']))
print(filecmp.cmpfiles(A, B, ['sametime.txt'], shallow=False))
try:
    filecmp.cmp(os.path.join(A, 'nope'), b)
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)
filecmp.clear_cache()

d = filecmp.dircmp(A, B)
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__)
try:
    d.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
def show(fn):
    import io, contextlib
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        fn()
    print(out.getvalue().replace(root, 'ROOT'), end='')
show(d.report)
print('--')
show(d.report_partial_closure)
print('--')
show(d.report_full_closure)
print('--')
d2 = filecmp.dircmp(A, B, ignore=['only_a.txt'], hide=[])
print(d2.left_only, d2.right_only)
print(filecmp.DEFAULT_IGNORES, filecmp.dircmp[int])
tmp.cleanup()
