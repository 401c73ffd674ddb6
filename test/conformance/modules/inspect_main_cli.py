# `python -m inspect module:qualname` prints the object's source (run here through
# sys.executable, on a module written to a temporary folder), and its errors and exit codes.
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'shapes.py'), 'w') as f:
        f.write('"""Shapes."""\n\n\nclass Square:\n    def area(self, side):\n'
                '        return side * side\n\n\ndef perimeter(side):\n'
                '    # four sides\n    return 4 * side\n')
    for args in (['shapes:perimeter'], ['shapes:Square.area'], ['shapes'], ['no_such_module'],
                 ['sys'], []):
        r = subprocess.run([sys.executable, '-m', 'inspect', *args], cwd=d,
                           capture_output=True, text=True)
        print(args, 'exit', r.returncode)
        print(r.stdout, end='')
        print(r.stderr.replace('python3 -m inspect', 'PROG').replace(os.path.basename(sys.executable) + ' -m inspect', 'PROG'), end='')
