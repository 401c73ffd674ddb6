# The interpreter's switches run as a child of this interpreter (sys.executable): -O and -OO
# (asserts, __debug__, docstrings, compile()'s optimize), PYTHONOPTIMIZE, -x, -I/-E/-P/-B/-s/-S
# in sys.flags and sys.path, and a program file's output written before its traceback.
import os
import subprocess
import sys
import tempfile

folder = tempfile.mkdtemp()
prog = os.path.join(folder, 'prog.py')
with open(prog, 'w', encoding='utf-8') as f:
    f.write('''"""Module doc."""
import os, sys
def f():
    "f doc"
    return 1
class C:
    """C doc"""
    def m(self):
        """m doc"""
print('optimize', sys.flags.optimize, __debug__, repr(__doc__), f.__doc__, C.__doc__, C.m.__doc__)
if __debug__:
    print("debug block runs")
if not __debug__:
    print("non-debug block runs")
try:
    assert False, "boom"
    print("assert skipped")
except AssertionError as e:
    print("assert raised", e)
for level in (-1, 0, 1, 2):
    ns = {}
    try:
        exec(compile('"d"\\ndef g():\\n    "gd"\\nassert 0, "x"\\nr = __debug__', 'm', 'exec', optimize=level), ns)
    except AssertionError as e:
        print(' compile optimize', level, 'assert raised', e)
        continue
    print(' compile optimize', level, ns.get('__doc__'), ns['g'].__doc__, ns['r'])
for bad in (3, -2):
    try:
        compile('1', 'm', 'exec', optimize=bad)
    except ValueError as e:
        print(' optimize', bad, e)
flags = sys.flags
print('flags', flags.dont_write_bytecode, flags.no_user_site, flags.no_site, flags.ignore_environment,
      flags.quiet, flags.isolated, flags.safe_path, flags.inspect)
print('script dir first on sys.path', sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
''')
skipped = os.path.join(folder, 'skipped.py')
with open(skipped, 'w', encoding='utf-8') as f:
    f.write('this line is not Python\nprint("after the skipped line")\nraise ValueError("on line 3")\n')
fails = os.path.join(folder, 'fails.py')
with open(fails, 'w', encoding='utf-8') as f:
    f.write('import sys\nprint("printed before")\nsys.stdout.write("no newline")\nraise KeyError("k")\n')


def run(*args, env=None, stdin=None):
    base = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=folder,
                          env={**base, **(env or {})}, input=stdin)
    shown = ' '.join(a if not a.startswith(folder) else os.path.basename(a) for a in args)
    print('$', shown, env or '', '->', done.returncode)
    print(done.stdout, end='')
    print(done.stderr.replace(folder, '<dir>'), end='')


run('prog.py')
run('-O', 'prog.py')
run('-OO', 'prog.py')
run('-OOO', 'prog.py')
run('prog.py', env={'PYTHONOPTIMIZE': '2'})
run('prog.py', env={'PYTHONOPTIMIZE': 'yes'})
run('-O', 'prog.py', env={'PYTHONOPTIMIZE': '1'})
run('-E', 'prog.py', env={'PYTHONOPTIMIZE': '1'})
run('-I', 'prog.py')
run('-P', '-B', '-s', '-S', '-q', 'prog.py')
run('prog.py', env={'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONSAFEPATH': '1'})
run('-x', 'skipped.py')
run('-c', 'import sys; print(sys.flags.optimize, __debug__); assert 0, "in -c"')
run('-O', '-c', 'import sys; print(sys.flags.optimize, __debug__); assert 0, "in -c"')

# stdout and stderr into one pipe: a program file's output comes before its traceback.
def merged(*args, stdin=None):
    base = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    done = subprocess.run([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, cwd=folder, env=base, input=stdin)
    print('$ (merged)', *(os.path.basename(a) for a in args), '->', done.returncode)
    print(done.stdout.replace(folder, '<dir>'), end='')


merged('fails.py')
merged('-', stdin='print("from stdin")\nraise SystemExit("bye")\n')
