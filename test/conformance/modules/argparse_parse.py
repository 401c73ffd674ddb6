import argparse

def attempt(p, args):
    try:
        ns, extra = p.parse_known_args(args)
        print(args, '->', ns, extra)
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)

p = argparse.ArgumentParser(prog='t', exit_on_error=True)
p.add_argument('x')
p.add_argument('rest', nargs='*')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c', type=int)
p.add_argument('--long-name', default='d')
p.add_argument('--longer', action='append', default=[])
p.add_argument('-v', action='count')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--ac', action='append_const', const='k', dest='ks')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--color', action=argparse.BooleanOptionalAction)
for args in [['1'], ['1', '2', '3'], ['-ab', 'x'], ['-abc5', 'x'], ['-c', '7', 'x'], ['-c7', 'x'], ['-c=8', 'x'],
             ['--long-name=q', 'x'], ['--long', 'abbr', 'x'], ['--longe', 'z', 'x'], ['-vvv', 'x', '-v'],
             ['x', '--', '-a', '-b'], ['--const', '--ac', '--ac', 'x'], ['--ext', '1', '2', '--ext', '3', 'x'],
             ['x', '--opt'], ['x', '--opt', 'val'], ['x'], ['--color', 'x'], ['--no-color', 'x'], ['x', '--unknown', 'u'],
             ['-c', '-5', 'x'], ['x', '-5'], ['x', '-1.5'], ['x', '-z']]:
    attempt(p, args)

print(p.parse_args(['a', 'b']))
ns = argparse.Namespace(a=1, b='two')
print(ns, vars(ns), ns == argparse.Namespace(b='two', a=1), ns != argparse.Namespace(a=1), 'a' in ns)
ns2 = argparse.Namespace(**{'weird-name': 1, 'ok': 2})
print(ns2)

# negative-number-like options change how '-1' reads
n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('foo', nargs='?')
print(n.parse_args(['-1']))

# set_defaults / get_default / parents
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.set_defaults(func='handler', shared='override')
print(child.parse_args([]), child.get_default('shared'), child.get_default('func'))

# type conversion of string defaults, custom type, choices with ints
t = argparse.ArgumentParser(prog='types')
t.add_argument('--n', type=int, default='12')
t.add_argument('--level', type=int, choices=[1, 2, 3], default=1)
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return v
t.add_argument('--even', type=even)
print(t.parse_args([]), t.parse_args(['--level', '3', '--even', '4']))

# subparsers
g = argparse.ArgumentParser(prog='git')
g.add_argument('--dir', default='.')
sub = g.add_subparsers(dest='cmd')
c = sub.add_parser('commit')
c.add_argument('-m')
c.set_defaults(func='do_commit')
co = sub.add_parser('checkout', aliases=['co'])
co.add_argument('branch')
print(g.parse_args(['commit', '-m', 'msg']))
print(g.parse_args(['--dir', 'x', 'co', 'main']))
print(g.parse_args([]))
print(g.parse_known_args(['commit', '--what']))

# mutually exclusive in parse
m = argparse.ArgumentParser(prog='mx')
grp = m.add_mutually_exclusive_group()
grp.add_argument('-q', action='store_true')
grp.add_argument('-l', action='store_true')
print(m.parse_args(['-q']), m.parse_args([]))

# exit_on_error=False raises ArgumentError
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
e.add_argument('--c', choices=['a', 'b'])
for bad in (['--n', 'x'], ['--c', 'z'], ['--n']):
    try:
        e.parse_args(bad)
    except argparse.ArgumentError as err:
        print(type(err).__name__, err, '|', err.argument_name, '|', err.message)

# errors at definition time
d = argparse.ArgumentParser(prog='d')
d.add_argument('--x')
for f in (lambda: d.add_argument('--x'), lambda: d.add_argument('y', required=True),
          lambda: d.add_argument('z', dest='w'), lambda: d.add_argument('--s', nargs=0),
          lambda: d.add_argument('--t', action='nope'), lambda: d.add_argument('bad', type='int'),
          lambda: d.add_argument('--m', nargs=2, metavar=('A', 'B', 'C')), lambda: d.add_argument('--k', const=1),
          lambda: d.add_argument('-'), lambda: d.add_argument('--ap', action='append', nargs=0)):
    try:
        f()
    except Exception as err:
        print(type(err).__name__, err)
a = d.add_argument('--shown', type=int, help='h')
print(a)
print(repr(argparse.ArgumentParser(prog='r', description='desc')).replace(repr(argparse.HelpFormatter), 'HF'))
print(argparse.FileType('w'), argparse.FileType('rb', encoding='utf-8'))
