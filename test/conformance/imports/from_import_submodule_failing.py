# `from pkg import sub` where sub exists but itself fails to import something: the inner
# ModuleNotFoundError surfaces (not "cannot import name 'sub'"); a missing sub still does.
import os, sys, tempfile

root = tempfile.mkdtemp()
pkg = os.path.join(root, 'fromfail_pkg')
os.makedirs(os.path.join(pkg, 'inner'))
open(os.path.join(pkg, '__init__.py'), 'w').close()
with open(os.path.join(pkg, 'inner', '__init__.py'), 'w') as f:
    f.write('X = 1\n')
with open(os.path.join(pkg, 'inner', 'bad.py'), 'w') as f:
    f.write('import no_such_module_zz\n')
with open(os.path.join(pkg, 'inner', 'good.py'), 'w') as f:
    f.write('Y = 2\n')
sys.path.insert(0, root)

from fromfail_pkg.inner import good
print(good.Y)
try:
    from fromfail_pkg.inner import bad
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from fromfail_pkg.inner import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    from fromfail_pkg.inner import good, bad
except ImportError as e:
    print(type(e).__name__, e, e.name)
print('fromfail_pkg.inner.bad' in sys.modules)
m = __import__('fromfail_pkg.inner', fromlist=['missing2'])
print(m.X)
try:
    __import__('fromfail_pkg.inner', fromlist=['bad'])
except ModuleNotFoundError as e:
    print('fromlist', e)
import shutil; shutil.rmtree(root)
