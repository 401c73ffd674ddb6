import argparse, io, sys

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

p = argparse.ArgumentParser(prog='run', description='Run a command in a container with a very long description that needs wrapping over several lines of output text.')
p.add_argument('--image', required=True, help='the image name to use for the container, which must exist locally or in the registry')
p.add_argument('--a-really-long-option-name-here', metavar='SOMETHING_LONG', help='short help')
p.add_argument('cmd', nargs=argparse.REMAINDER, help='command and its args')
p.add_argument('-e', '--env', action='append', default=[], metavar='KEY=VAL')
p.add_argument('pos', choices=['x', 'y'], help='which one')
p.add_argument('two', nargs=2, metavar='N')
p.add_argument('--verbose', '-v', action='count', default=0)
p.add_argument('--no-help-here')
print(p.format_help())
attempt(p, ['--image', 'ubuntu', 'x', '1', '2', 'ls', '-la', '--image'])
attempt(p, ['x', '1', '2'])
attempt(p, ['--image=alpine', '-e', 'A=1', '-eB=2', '-vv', 'y', '1', '2'])
attempt(p, ['--image', 'i', 'x', '1'])

q = argparse.ArgumentParser(prog='pos')
q.add_argument('a')
q.add_argument('b', nargs='?', default='B')
q.add_argument('c', nargs='*', default=['C'])
q.add_argument('--opt')
attempt(q, ['1'])
attempt(q, ['1', '2', '3', '4'])
attempt(q, ['1', '--opt', 'o', '2', '3'])
attempt(q, ['--opt', 'o', '1', '--', '--opt'])
attempt(q, ['--', '-x', '-y'])

# help in subcommand
r = argparse.ArgumentParser(prog='pkg')
s = r.add_subparsers(dest='command', title='commands', metavar='<command>', help='what to do')
i = s.add_parser('install', help='install packages', description='Install packages from the index.')
i.add_argument('names', nargs='+')
i.add_argument('--upgrade', '-U', action='store_true')
s.add_parser('list', help='list installed packages')
attempt(r, ['-h'])
attempt(r, ['install', '-h'])
attempt(r, ['install'])
attempt(r, ['install', 'a', 'b', '-U'])
attempt(r, ['remove'])
print(r.parse_args(['list']))

# defaults via argument_default and SUPPRESS
t = argparse.ArgumentParser(prog='t', argument_default=argparse.SUPPRESS)
t.add_argument('--x')
t.add_argument('--y', default=3)
print(t.parse_args([]), t.parse_args(['--x', '1']))
u = argparse.ArgumentParser(prog='u', usage=argparse.SUPPRESS)
u.add_argument('--k')
attempt(u, ['--bad'])
print(repr(u.format_help()))
