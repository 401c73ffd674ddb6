# nargs in every form for positionals and options (usage, help, values), and each built-in action.
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

p = argparse.ArgumentParser(prog='nargs')
p.add_argument('--one', nargs=1)
p.add_argument('--three', nargs=3, type=int, metavar=('X', 'Y', 'Z'))
p.add_argument('--maybe', nargs='?', const='c', default='d', type=str.upper)
p.add_argument('--star', nargs='*', metavar=('S1', 'S2'))
p.add_argument('--plus', nargs='+', choices=['a', 'b'])
p.add_argument('--app2', action='append', nargs=2, metavar='P')
p.add_argument('--ext', action='extend', nargs='*', type=int, default=[0])
p.add_argument('--sc', action='store_const', const=[1, 2])
p.add_argument('--st', action='store_true', help='true flag')
p.add_argument('--sf', action='store_false', help='false flag')
p.add_argument('--ac', dest='consts', action='append_const', const=1)
p.add_argument('--ad', dest='consts', action='append_const', const=2)
p.add_argument('-c', '--count', action='count', help='count it')
p.add_argument('--opt-pos', nargs='?', type=int, const=7, help='const %(const)s, default %(default)s, type %(type)s')
p.add_argument('first', nargs=2)
p.add_argument('second', nargs='?', type=int, default='5', help='default %(default)r')
p.add_argument('third', nargs='*', default=['t'], help='rest %(nargs)s %% done')
print(p.format_help())
for args in [['a', 'b'], ['a', 'b', '9', 'x', 'y'], ['--one', 'o', '--three', '1', '2', '3', 'a', 'b'], ['--three', '1', '2', 'a', 'b'],
             ['--maybe', 'a', 'b'], ['a', 'b', '--maybe'], ['--maybe', 'q', 'a', 'b'], ['--star', 'a', 'b'], ['a', 'b', '--star'],
             ['--plus', 'a', 'b', 'a', 'c', 'd'], ['--plus', 'c', 'a', 'b'], ['--app2', '1', '2', '--app2', '3', '4', 'a', 'b'],
             ['--ext', '1', '--ext', '--ext', '2', '3', 'a', 'b'], ['--ext', 'x', 'a', 'b'], ['--sc', '--st', '--sf', 'a', 'b'],
             ['--ac', '--ad', '--ac', 'a', 'b'], ['-ccc', '--count', 'a', 'b'], ['--opt-pos', 'a', 'b'], ['--opt-pos', '3', 'a', 'b'],
             ['a'], ['a', 'b', 'notint'], ['--one', 'a', 'b']]:
    attempt(p, args)

class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (option_string, values.upper()))
u = argparse.ArgumentParser(prog='custom')
u.add_argument('--shout', action=Upper, help='shouted')
u.add_argument('word', action=Upper)
attempt(u, ['--shout', 'hi', 'there'])
a = u._actions[1]
print(a.option_strings, a.dest, a.nargs, a.const, a.default, a.type, a.choices, a.required, a.help, a.metavar)
print(a.format_usage(), u._actions[0].format_usage())
print(repr(u._actions[0]))
try:
    argparse.Action(['-x'], 'x')(None, None, None)
except NotImplementedError as e:
    print('NotImplementedError', e)

v = argparse.ArgumentParser(prog='ver', add_help=False)
v.add_argument('-V', action='version', version='%(prog)s 2.0')
v.add_argument('-H', '--halp', action='help')
v.add_argument('--b', action=argparse.BooleanOptionalAction, default=None, help='maybe')
v.add_argument('--d', action=argparse.BooleanOptionalAction, default=False, help='default %(default)s')
v.add_argument('--e', action=argparse.BooleanOptionalAction, default=argparse.SUPPRESS, help='suppressed')
v.add_argument('--f', action=argparse.BooleanOptionalAction, default=True)
v.add_argument('--g', action=argparse.BooleanOptionalAction, required=True, help='req')
print(v.format_help())
for args in [['-V'], ['-H'], ['--g'], ['--no-g', '--b', '--no-d', '--e', '--no-f'], ['--no-b', '--g'], ['--no-g=1'], ['--g', '--no']]:
    attempt(v, args)
print(repr(v._actions[2]))
w = argparse.ArgumentParser(prog='w')
w.version = 'w 9'
w.add_argument('--version', action='version')
attempt(w, ['--version'])
