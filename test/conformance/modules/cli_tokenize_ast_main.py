# python -m tokenize and python -m ast: their main() run as __main__, on a file and on stdin.
import io
import os
import runpy
import sys
import tempfile

SOURCE = 'def f(x, *a):\n    return x + 1  # note\nprint(f"{f(2)!r}", 0x1F, 1.5e3, [*"ab"])\n'
os.chdir(tempfile.mkdtemp())  # names relative to it: the messages do not show the folder
path = 'sample.py'
with open(path, 'w') as f:
    f.write(SOURCE)


def run(module, *argv, stdin=None):
    print('$ python -m', module, *argv)
    sys.argv = [module, *argv]
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode())) if module == 'ast' else io.StringIO(stdin)
    try:
        runpy.run_module(module, run_name='__main__', alter_sys=True)
    except SystemExit as e:
        print('exit', e.code)
    finally:
        sys.stdin = saved
    sys.stdout.flush()


run('tokenize', path)
run('tokenize', '-e', path)
run('tokenize', stdin='x = (1,\n  2)\n')
run('tokenize', 'missing.py')
run('ast', path)
with open('expr.py', 'w') as f:
    f.write('a if b else -c\n')
run('ast', '-a', '-i', '1', '-m', 'eval', 'expr.py')
