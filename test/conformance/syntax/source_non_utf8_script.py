# A script file holding bytes that are not UTF-8 (in code or in a comment) and no coding
# declaration stops before running with CPython's "Non-UTF-8 code starting with ..." message;
# with a latin-1 declaration the same bytes run.
import os
import subprocess
import sys
import tempfile

folder = tempfile.mkdtemp()
cases = [
    b'x = 1\nprint(x)\ny = "\xff"\n',
    b'print("before")\n# \xe2\x82\n',
    b'# \xe2\x82\xac ok \xe2\n',
    b'# -*- coding: latin-1 -*-\nprint(ascii("\xff"))\n',
]
for i, data in enumerate(cases):
    path = os.path.join(folder, f'prog{i}.py')
    with open(path, 'wb') as f:
        f.write(data)
    r = subprocess.run([sys.executable, path], capture_output=True, text=True)
    print(i, r.returncode, repr(r.stdout), repr(r.stderr.replace(folder, '<dir>')))
