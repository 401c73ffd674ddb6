# pkgutil: iter_modules and walk_packages over folders made here, get_data, resolve_name, extend_path
import os
import sys
import pkgutil
import tempfile

tmp = tempfile.TemporaryDirectory()
root = tmp.name

def write(rel, text=''):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

write('alpha.py')
write('beta.py', 'X = 1\n')
write('notes.txt')
write('.hidden.py')
write('gamma/__init__.py')
write('gamma/inner.py')
write('gamma/deep/__init__.py')
write('gamma/deep/leaf.py')
write('gamma/data/info.txt', 'some data\n')
write('plainfolder/readme.txt')
write('broken/__init__.py', 'raise ImportError("cannot import broken")\n')
write('broken/part.py')
write('failing/__init__.py', 'raise ValueError("bad init")\n')

for info in pkgutil.iter_modules([root]):
    print(type(info).__name__, repr(info.module_finder).replace(root, 'ROOT'), info.name, info.ispkg)
print([(n, p) for _, n, p in pkgutil.iter_modules([root], prefix='top.')])
print([n for _, n, _ in pkgutil.iter_modules([os.path.join(root, 'gamma')])])
print([n for _, n, _ in pkgutil.iter_modules([os.path.join(root, 'nothing')])])
sys.path.insert(0, root)
errors = []
print([(n, p) for _, n, p in pkgutil.walk_packages([root], onerror=errors.append) if n != 'failing'])
print(errors)
try:
    list(pkgutil.walk_packages([root]))
except ValueError as e:
    print(type(e).__name__, e)
print(pkgutil.get_data('gamma', 'data/info.txt'))
print(pkgutil.get_data('nosuch_pkg_xyz', 'x'))
try:
    pkgutil.get_data('gamma', 'data/missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)
print(pkgutil.resolve_name('beta:X'), pkgutil.resolve_name('gamma.deep.leaf').__name__, pkgutil.resolve_name('os.path:join').__name__)
for bad in ('1bad', 'beta:Y'):
    try:
        pkgutil.resolve_name(bad)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
top = [m for m in pkgutil.iter_modules() if m.name in ('json', 'beta', 'gamma')]
print([(m.name, m.ispkg) for m in top])
print(pkgutil.get_importer(root) is pkgutil.get_importer(root), pkgutil.get_importer(os.path.join(root, 'notes.txt')))
print(pkgutil.find_loader('beta') is not None, pkgutil.get_loader('beta') is not None)
try:
    pkgutil.iter_modules('abc').__next__()
except ValueError as e:
    print(type(e).__name__, e)
write('more/gamma/extra.py')
print([p.replace(root, 'ROOT') for p in pkgutil.extend_path([os.path.join(root, 'gamma')], 'gamma')])
sys.path.insert(0, os.path.join(root, 'more'))
print([p.replace(root, 'ROOT') for p in pkgutil.extend_path([os.path.join(root, 'gamma')], 'gamma')])
sys.path.remove(root)
sys.path.remove(os.path.join(root, 'more'))
tmp.cleanup()
