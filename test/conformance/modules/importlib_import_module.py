# importlib.import_module: absolute, dotted, relative with package=, and its errors
import importlib
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, 'pkg_il', 'sub'))
files = {
    'pkg_il/__init__.py': 'NAME = "pkg"\n',
    'pkg_il/alpha.py': 'VALUE = 1\nfrom . import beta\n',
    'pkg_il/beta.py': 'VALUE = 2\n',
    'pkg_il/sub/__init__.py': '',
    'pkg_il/sub/gamma.py': 'from .. import alpha\nVALUE = alpha.VALUE + 10\n',
    'plain_il.py': 'print("plain_il runs", __name__, __package__)\nX = 42\n',
}
for rel, text in files.items():
    with open(os.path.join(tmp, rel), 'w') as f:
        f.write(text)
sys.path.insert(0, tmp)

m = importlib.import_module('plain_il')
print(m.__name__, m.X, m is sys.modules['plain_il'])
print(importlib.import_module('plain_il') is m)
j = importlib.import_module('urllib.parse')
print(j.__name__, 'urllib' in sys.modules, 'urllib.parse' in sys.modules)
a = importlib.import_module('pkg_il.alpha')
print(a.__name__, a.VALUE, a.beta.VALUE)
g = importlib.import_module('.sub.gamma', 'pkg_il')
print(g.__name__, g.VALUE)
b = importlib.import_module('..beta', 'pkg_il.sub')
print(b.__name__, b.VALUE)
p = importlib.import_module('.', 'pkg_il')
print(p.__name__, p.NAME)
print(importlib.import_module('math').sqrt(16))

def attempt(*args):
    try:
        r = importlib.import_module(*args)
        print('ok', r.__name__)
    except Exception as e:
        print(type(e).__name__, e)

attempt('no_such_module_il')
attempt('pkg_il.missing')
attempt('plain_il.child')
attempt('.beta')
attempt('...x', 'pkg_il.sub')
attempt('')
attempt('.beta', 'no_such_pkg_il')
try:
    importlib.import_module('no_such_module_il')
except ImportError as e:
    print(repr(e.name))
print(importlib.invalidate_caches())
import shutil
shutil.rmtree(tmp)
