# An imported module whose file holds bytes that are not UTF-8 (no coding declaration): in a
# comment it imports fine (its traceback lines are not shown: linecache cannot decode the
# file), in a string literal the import fails with "(unicode error) 'utf-8' codec can't decode".
import os
import subprocess
import sys
import tempfile

folder = tempfile.mkdtemp()
with open(os.path.join(folder, 'cmt.py'), 'wb') as f:
    f.write(b'X = 1\ndef f():\n    return 1/0  # \xff\n')
with open(os.path.join(folder, 'lit.py'), 'wb') as f:
    f.write(b'x = 1\ny = "ab\xe9"\n')
with open(os.path.join(folder, 'main.py'), 'w') as f:
    f.write('import cmt\nprint(cmt.X)\ntry:\n    import lit\nexcept SyntaxError as e:\n'
            '    print(e.msg, e.lineno, e.offset, repr(e.text))\ncmt.f()\n')
r = subprocess.run([sys.executable, os.path.join(folder, 'main.py')], capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end='')
print(r.stderr.replace(folder, '<dir>'), end='')
