# importlib.reload: the module is re-executed in place and keeps its dict
import importlib
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'reload_il.py')
with open(path, 'w') as f:
    f.write('COUNT = 1\nprint("loading", __name__)\ndef f():\n    return "first"\n')
sys.path.insert(0, tmp)
import reload_il
m = reload_il
m.extra = 'kept'
print(m.COUNT, m.f())
with open(path, 'w') as f:
    f.write('COUNT = 2\nprint("loading again", __name__)\ndef f():\n    return "second"\n')
r = importlib.reload(m)
print(r is m, m.COUNT, m.f(), m.extra, sys.modules['reload_il'] is m)
import reload_il as again
print(again is m)
import json
print(importlib.reload(json) is json)
for bad in [42, 'reload_il']:
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__, e)
del sys.modules['reload_il']
try:
    importlib.reload(m)
except Exception as e:
    print(type(e).__name__, e)
with open(path, 'w') as f:
    f.write('COUNT = 3\nraise ValueError("boom")\n')
sys.modules['reload_il'] = m
try:
    importlib.reload(m)
except Exception as e:
    print(type(e).__name__, e)
print(m.COUNT, 'reload_il' in sys.modules)
import shutil
shutil.rmtree(tmp)
