# importlib.util: find_spec, module_from_spec, spec_from_file_location, resolve_name; ModuleSpec
import importlib.util
import importlib.machinery
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, 'pkg_spec'))
with open(os.path.join(tmp, 'pkg_spec', '__init__.py'), 'w') as f:
    f.write('')
with open(os.path.join(tmp, 'pkg_spec', 'leaf.py'), 'w') as f:
    f.write('Z = 5\n')
with open(os.path.join(tmp, 'plugin.py'), 'w') as f:
    f.write('print("plugin body", __name__)\nGREETING = "hi"\ndef twice(x):\n    return 2 * x\n')
sys.path.insert(0, tmp)

def rel(p):
    return None if p is None else os.path.relpath(p, tmp)

s = importlib.util.find_spec('pkg_spec')
print(type(s).__name__, s.name, rel(s.origin), [rel(x) for x in s.submodule_search_locations], s.parent, s.has_location)
print('pkg_spec' in sys.modules)
s = importlib.util.find_spec('pkg_spec.leaf')
print(s.name, rel(s.origin), s.submodule_search_locations, s.parent, 'pkg_spec' in sys.modules)
s = importlib.util.find_spec('.leaf', 'pkg_spec')
print(s.name, rel(s.origin))
print(importlib.util.find_spec('no_such_spec_mod'))
print(importlib.util.find_spec('pkg_spec.nope'))
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('sys').name)
try:
    importlib.util.find_spec('no_such_parent.child')
except Exception as e:
    print(type(e).__name__, e)

spec = importlib.util.spec_from_file_location('my_plugin', os.path.join(tmp, 'plugin.py'))
print(spec.name, rel(spec.origin), spec.submodule_search_locations, spec.parent, spec.has_location)
print(type(spec.loader).__name__, isinstance(spec.loader, importlib.machinery.SourceFileLoader))
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, mod.__spec__ is spec, mod.__loader__ is spec.loader, rel(mod.__file__))
print('my_plugin' in sys.modules, hasattr(mod, 'GREETING'))
spec.loader.exec_module(mod)
print(mod.GREETING, mod.twice(21))
sys.modules['my_plugin'] = mod
import my_plugin
print(my_plugin is mod)

print(importlib.util.resolve_name('.b', 'pkg.a'), importlib.util.resolve_name('..c', 'pkg.a.b'), importlib.util.resolve_name('abs', None))
for args in [('.x', None), ('...x', 'a.b'), ('.x', '')]:
    try:
        print(importlib.util.resolve_name(*args))
    except Exception as e:
        print(type(e).__name__, e)

ms = importlib.machinery.ModuleSpec('fake.mod', None, origin='somewhere')
print(ms.name, ms.loader, ms.origin, ms.parent, ms.submodule_search_locations, ms.has_location, ms.cached)
print(repr(ms))
pkgspec = importlib.machinery.ModuleSpec('fakepkg', None, is_package=True)
print(pkgspec.parent, pkgspec.submodule_search_locations)
print(ms == importlib.machinery.ModuleSpec('fake.mod', None, origin='somewhere'), ms == pkgspec)
m2 = importlib.util.module_from_spec(ms)
print(m2.__name__, m2.__spec__ is ms, m2.__loader__, hasattr(m2, '__file__'))

import json
print(json.__spec__.name, json.__spec__.parent, json.__spec__.submodule_search_locations is not None)
import urllib.parse
print(urllib.parse.__spec__.name, urllib.parse.__spec__.parent, urllib.parse.__spec__.submodule_search_locations)
print(type(json.__loader__).__name__, json.__loader__ is json.__spec__.loader)
print(importlib.util.find_spec('json') is json.__spec__)
print(__spec__)
e = importlib.util.spec_from_file_location('x', os.path.join(tmp, 'data.txt'))
print(e)
import shutil
shutil.rmtree(tmp)
