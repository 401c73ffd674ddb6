# Argument groups (titles, descriptions, nesting, parents), conflict_handler='resolve', option abbreviations.
import argparse, io, sys

def attempt(p, args):
    saved = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        result = 'ok %r' % (p.parse_known_args(args),)
    except SystemExit as e:
        result = 'SystemExit %r' % (e.code,)
    finally:
        sys.stderr, sys.stdout = saved
    print(args, result)
    print(out.getvalue() + err.getvalue(), end='')

p = argparse.ArgumentParser(prog='grp', description='Groups of arguments.')
io_grp = p.add_argument_group('input/output', 'Where data comes from and goes to.')
io_grp.add_argument('--input', '-i', metavar='FILE', help='read from FILE')
io_grp.add_argument('--output', '-o', metavar='FILE', help='write to FILE')
io_grp.add_argument('source', help='a positional inside a group')
empty = p.add_argument_group('empty group', 'never shown')
untitled = p.add_argument_group(description='an untitled group')
untitled.add_argument('--quiet', action='store_true')
mx = io_grp.add_mutually_exclusive_group()
mx.add_argument('--json', action='store_true', help='JSON out')
mx.add_argument('--xml', action='store_true', help='XML out')
p.add_argument('--verbose', action='store_true')
print(p.format_help())
print([g.title for g in p._action_groups])
attempt(p, ['s', '--json', '--xml'])
attempt(p, ['s', '--in', 'a', '--out', 'b'])

parent = argparse.ArgumentParser(add_help=False)
pg = parent.add_argument_group('shared', 'from the parent')
pg.add_argument('--shared-opt', default=1)
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--red', action='store_true')
pm.add_argument('--blue', action='store_true')
parent.add_argument('item')
parent.set_defaults(mode='parent')
child = argparse.ArgumentParser(prog='child', parents=[parent], description='child parser')
child.add_argument('--own')
print(child.format_help())
attempt(child, ['x', '--red', '--blue'])
attempt(child, ['x', '--shared', '5'])

r = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
r.add_argument('-x', help='old x')
r.add_argument('-x', help='new x')
r.add_argument('-h', action='store_true', help='not help any more')
print(r.format_help())
attempt(r, ['-f', '1', '--foo', '2', '-x', '3', '-h'])
try:
    argparse.ArgumentParser(conflict_handler='bogus').add_argument('--a')
except ValueError as e:
    print('ValueError', e)

a = argparse.ArgumentParser(prog='abbr')
a.add_argument('--foobar', type=int)
a.add_argument('--foonly')
a.add_argument('--other-thing', action='store_true')
a.add_argument('-single')
a.add_argument('-s', action='store_true')
a.add_argument('-t')
for args in [['--foob', '1'], ['--foo', '1'], ['--foon=x'], ['--o'], ['--other-thing=1'], ['-sing', 'v'], ['-si'], ['-s'], ['-st', 'v'],
             ['-sx'], ['-tvalue'], ['-t=v'], ['--fo=3'], ['--', '--foob'], ['--f'], ['-'], ['--']]:
    attempt(a, args)
n = argparse.ArgumentParser(prog='noab', allow_abbrev=False)
n.add_argument('-a', action='store_true')
n.add_argument('-b', action='store_true')
n.add_argument('-c')
n.add_argument('--long')
for args in [['-ab'], ['-acX'], ['--lon', 'x'], ['--long=v'], ['-c=v']]:
    attempt(n, args)
