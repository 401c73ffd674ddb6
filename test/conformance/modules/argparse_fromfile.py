# fromfile_prefix_chars: arguments read from files, one per line, nested files, a missing file, convert_arg_line_to_args.
import argparse, io, os, sys, tempfile, shutil

def attempt(p, args):
    saved = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        result = 'ok %r' % (p.parse_args(args),)
    except SystemExit as e:
        result = 'SystemExit %r' % (e.code,)
    finally:
        sys.stderr, sys.stdout = saved
    print(args, result)
    print(out.getvalue() + err.getvalue(), end='')

here = os.getcwd()
work = tempfile.mkdtemp()
os.chdir(work)
try:
    with open('args.txt', 'w') as f:
        f.write('--name\nalice\n-v\npositional one\n')
    with open('outer.txt', 'w') as f:
        f.write('@args.txt\n--count\n3\n')
    with open('empty.txt', 'w') as f:
        f.write('')
    with open('words.txt', 'w') as f:
        f.write('--name bob -v\nx y\n')
    p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    p.add_argument('--name')
    p.add_argument('--count', type=int, default=0)
    p.add_argument('-v', action='count', default=0)
    p.add_argument('items', nargs='*')
    attempt(p, ['@args.txt'])
    attempt(p, ['first', '@outer.txt', 'last'])
    attempt(p, ['@empty.txt', 'z'])
    attempt(p, ['@missing.txt'])
    attempt(p, ['--name', '@args.txt'])
    attempt(p, ['--', '@args.txt'])
    attempt(p, ['@'])

    class Split(argparse.ArgumentParser):
        def convert_arg_line_to_args(self, line):
            return line.split()
    s = Split(prog='split', fromfile_prefix_chars='@%')
    s.add_argument('--name')
    s.add_argument('-v', action='store_true')
    s.add_argument('rest', nargs='*')
    attempt(s, ['%words.txt', 'tail'])
    attempt(s, ['@words.txt'])
    print(argparse.ArgumentParser().convert_arg_line_to_args('a b  c'))
    n = argparse.ArgumentParser(prog='nofile')
    n.add_argument('x')
    attempt(n, ['@args.txt'])
finally:
    os.chdir(here)
    shutil.rmtree(work)
