# Each error is caught: SystemExit's code, and what went to stderr (captured).
import argparse
import io
import sys

def attempt(p, args):
    saved = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        ns = p.parse_args(args)
        result = 'ok %r' % (ns,)
    except SystemExit as e:
        result = 'SystemExit %r' % (e.code,)
    finally:
        sys.stderr, sys.stdout = saved
    print(args, result)
    if out.getvalue():
        print('stdout:', out.getvalue(), end='')
    print('stderr:', err.getvalue(), end='')

p = argparse.ArgumentParser(prog='prog')
p.add_argument('x', choices=['a', 'b'])
p.add_argument('y', nargs='?')
p.add_argument('--n', type=int)
p.add_argument('--f', type=float)
p.add_argument('--pair', nargs=2)
p.add_argument('--plus', nargs='+')
p.add_argument('--lvl', type=int, choices=range(3))
p.add_argument('--flag', action='store_true')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version', action='version', version='prog 2.5')
for args in [[], ['z'], ['a', '--n', 'x'], ['a', '--n'], ['a', '--f', '1e'], ['a', 'b', 'c', 'd'], ['a', '--pair', '1'],
             ['a', '--plus'], ['a', '--lvl', '5'], ['a', '--flag=yes'], ['a', '--ver'], ['a', '--v'], ['--version'],
             ['-h'], ['a', '--unknown=3', 'extra'], ['a', '--lvl', '2', '-h']]:
    attempt(p, args)

r = argparse.ArgumentParser(prog='req')
r.add_argument('--must', required=True)
r.add_argument('pos')
r.add_argument('many', nargs='+')
attempt(r, [])
attempt(r, ['p'])

m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
g.add_argument('--c', type=int)
attempt(m, ['-a', '-b'])
attempt(m, ['-ab'])
attempt(m, ['--c', '1', '-a'])
attempt(m, [])

s = argparse.ArgumentParser(prog='top')
sub = s.add_subparsers(dest='cmd', required=True)
run = sub.add_parser('run')
run.add_argument('--times', type=int)
sub.add_parser('stop')
attempt(s, [])
attempt(s, ['walk'])
attempt(s, ['run', '--times', 'many'])
attempt(s, ['run', '--oops'])
attempt(s, ['run', '-h'])

na = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
na.add_argument('--foobar')
attempt(na, ['--foo', '1'])
attempt(na, ['--foobar=2'])

c = argparse.ArgumentParser(prog='c')
c.add_argument('-x', action='store_true')
c.add_argument('-y', type=int)
attempt(c, ['-xz'])
attempt(c, ['-xy'])
attempt(c, ['-xy3'])
attempt(c, ['-x=1'])
try:
    c.add_argument('--x2', '-x')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
