# python -m py_compile and -m compileall: silent success, SyntaxError reports and exit codes; the
# modules' functions (tpy writes no .pyc file, so only fresh directories are compiled here)
import os
import runpy
import sys
import tempfile
import py_compile
import compileall

os.chdir(tempfile.mkdtemp())
os.makedirs('pkg/sub')
sources = {
    'good.py': 'x = 1\nprint(x)\n',
    'bad.py': 'def f(:\n    pass\n',
    'indent.py': 'if True:\n  x = 1\n    y = 2\n',
    'pkg/__init__.py': '',
    'pkg/a.py': 'import os\n',
    'pkg/sub/b.py': 'print("b"\n',
    'pkg/sub/c.py': 'async def f():\n    await g()\n',
    'pkg/notes.txt': 'not python',
}
for name, text in sources.items():
    with open(name, 'w') as f:
        f.write(text)


def run(module, *argv):
    print('$ python -m', module, *argv)
    sys.argv = [module, *argv]
    try:
        runpy.run_module(module, run_name='__main__', alter_sys=True)
    except SystemExit as e:
        print('exit', e.code)
    sys.stdout.flush()
    sys.stderr.flush()


run('py_compile', 'good.py')
run('py_compile', 'bad.py')
run('py_compile', 'good.py', 'indent.py', 'bad.py')
run('py_compile', '-q', 'bad.py')
run('py_compile', 'missing.py')
run('compileall', '-q', 'pkg')
for dirpath in ('pkg/__pycache__', 'pkg/sub/__pycache__'):
    if os.path.isdir(dirpath):
        for name in os.listdir(dirpath):
            os.remove(os.path.join(dirpath, name))
run('compileall', 'pkg')
run('compileall', '-f', '-l', 'pkg')
run('compileall', '-f', '-x', 'sub', 'pkg')
run('compileall', '-f', '-qq', 'pkg/sub')
run('compileall', '-f', 'pkg/sub/c.py')
run('compileall', 'nowhere')

try:
    py_compile.compile('bad.py', doraise=True)
except py_compile.PyCompileError as e:
    print(type(e).__name__, e.exc_type_name, e.file)
    print(e.msg)
try:
    py_compile.compile('indent.py', dfile='shown.py', doraise=True)
except py_compile.PyCompileError as e:
    print(e.exc_type_name, e.msg.splitlines()[0])
print(py_compile.compile('bad.py', quiet=2))
print(compileall.compile_file('pkg/sub/c.py', force=True, quiet=1))
print(compileall.compile_dir('pkg', force=True, quiet=1))
print([m.name for m in py_compile.PycInvalidationMode])
