# Which strings go to which positional around options, "--" and negative numbers; nested sub-commands; REMAINDER/PARSER/SUPPRESS nargs; wrapping at $COLUMNS=50.
import argparse, io, sys
def attempt(f, *a, **k):
    saved = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO(); sys.stdout = out = io.StringIO()
    try:
        r = 'ok %r' % (f(*a, **k),)
    except SystemExit as e:
        r = 'SystemExit %r' % (e.code,)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    finally:
        sys.stderr, sys.stdout = saved
    print(a, r); print(out.getvalue() + err.getvalue(), end='')
p = argparse.ArgumentParser(prog='p')
p.add_argument('a', nargs='?')
p.add_argument('b', nargs='*')
p.add_argument('c')
p.add_argument('-x', nargs='?', const='X')
p.add_argument('-n', type=float)
for args in [['1'], ['1', '2'], ['1', '-x', '2', '3'], ['-x', '1', '2', '3', '4'], ['1', '--', '-x'], ['--', '1', '--', '2'],
             ['-n', '-1', 'q'], ['-n-2', 'q'], ['q', '-n', '-.5'], ['-1'], ['1', '2', '3', '-x'], ['-x=', 'q'], ['-xq', 'r']]:
    attempt(p.parse_known_args, args)
r = argparse.ArgumentParser(prog='r')
r.add_argument('-1', dest='one')
r.add_argument('v', nargs='?')
for args in [['-1', '5'], ['-2'], ['-1'], ['-1.5']]:
    attempt(r.parse_known_args, args)
t = argparse.ArgumentParser(prog='top')
t.add_argument('--g', default='G')
s1 = t.add_subparsers(dest='lvl1')
a = s1.add_parser('a')
a.add_argument('--g', default='sub')
a.set_defaults(fn='A')
s2 = a.add_subparsers(dest='lvl2')
b = s2.add_parser('b')
b.add_argument('items', nargs='*')
for args in [['a', 'b', '1', '2'], ['--g', 'x', 'a'], ['a', '--g', 'y', 'b', '--zz', 'q'], ['a', 'c'], ['a', 'b', '-h']]:
    attempt(t.parse_known_args, args)
ns = argparse.Namespace(g='preset', extra=1)
attempt(t.parse_known_args, ['a'], ns)
print(ns)
rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('-v', action='store_true')
rem.add_argument('cmd')
rem.add_argument('args', nargs=argparse.REMAINDER)
for args in [['ls', '-v', '--', 'x'], ['-v', 'ls', '-la'], [], ['--', 'x', '-v']]:
    attempt(rem.parse_args, args)
o = argparse.ArgumentParser(prog='o')
o.add_argument('--rem', nargs=argparse.REMAINDER)
o.add_argument('--sup', nargs=argparse.SUPPRESS)
o.add_argument('--par', nargs=argparse.PARSER)
print(o.format_help())
for args in [['--rem', 'a', '--sup'], ['--sup', 'x'], ['--par'], ['--par', 'a', '--rem']]:
    attempt(o.parse_known_args, args)
c = argparse.ArgumentParser(prog='c', parents=[argparse.ArgumentParser(prog='par')], conflict_handler='resolve')
c.add_argument('-h', '--help', action='store_true')
print(c.format_help())
attempt(argparse.ArgumentParser, parents=[argparse.ArgumentParser()])
w = argparse.ArgumentParser(prog='w', description='para one\n\nstill para one', epilog='e ' * 60)
for i in range(3):
    w.add_argument('--opt%d' % i, '-o%d' % i, metavar='A_VERY_LONG_METAVAR_NAME_%d' % i, help='help ' * 20)
w.add_argument('positional_with_long_name', help='x')
import os
os.environ['COLUMNS'] = '50'
print(w.format_help())
del os.environ['COLUMNS']
print(repr(argparse.ArgumentParser(prog='r', usage='u')), argparse.Action(['-a'], 'a', nargs=1))
ch = argparse.ArgumentParser(prog='ch')
ch.add_argument('--dict', choices={'k1': 1, 'k2': 2})
ch.add_argument('pos', choices=[1, 2], type=int, metavar='POS')
ch.add_argument('--tup', choices=('a b', 'c'), nargs='+')
print(ch.format_help())
attempt(ch.parse_args, ['3'])
attempt(ch.parse_args, ['1', '--dict', 'k3'])
attempt(ch.parse_args, ['1', '--tup', 'a'])
g = argparse.ArgumentParser(prog='g', allow_abbrev=False)
g.add_argument('--alpha', action='count')
attempt(g.parse_args, ['--alp'])
attempt(g.parse_known_args, ['--alp', '--alpha=3'])
