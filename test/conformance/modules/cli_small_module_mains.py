# The small command lines of the library run as __main__: textwrap, getopt, shlex, fileinput, mimetypes.
import io
import os
import runpy
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
with open('one.txt', 'w') as f:
    f.write('a "b c" d\n# comment\ne\r\n')
with open('two.txt', 'w') as f:
    f.write('x\n')


def run(module, *argv, stdin=None):
    print('$ python -m', module, *argv)
    sys.argv = [module, *argv]
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        runpy.run_module(module, run_name='__main__', alter_sys=True)
    except SystemExit as e:
        print('exit', e.code)
    finally:
        sys.stdin = saved
    sys.stdout.flush()


run('textwrap')
run('getopt', '-a', '1', '-b', '--alpha=2', '--beta', 'x', 'y')
run('shlex', 'one.txt')
run('shlex', stdin="echo 'hi there' \"q r\" # c\nnext")
run('fileinput', 'one.txt', 'two.txt')
run('mimetypes', 'a.tar.gz', 'x.html', 'y.unknownext', 'z.JPG')
run('mimetypes', '-e', 'text/html', 'image/png', 'foo/bar')
run('mimetypes', '-l', 'x.rtf')
run('mimetypes', '-q')
