# exit_on_error=False: parse errors raise ArgumentError; some errors still exit; ArgumentError's attributes.
import argparse, io, sys

def attempt(p, args, known=False):
    saved = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        result = 'ok %r' % ((p.parse_known_args if known else p.parse_args)(args),)
    except SystemExit as e:
        result = 'SystemExit %r' % (e.code,)
    except argparse.ArgumentError as e:
        result = 'ArgumentError %s | %r | %s' % (e, e.argument_name, e.message)
    finally:
        sys.stderr, sys.stdout = saved
    print(args, result)
    print(out.getvalue() + err.getvalue(), end='')

p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--f', type=float, choices=[1.0, 2.5])
p.add_argument('--two', nargs=2)
p.add_argument('--flag', action='store_true')
p.add_argument('--req-ish', metavar='R')
p.add_argument('pos', choices=['a', 'b'], nargs='?')
g = p.add_mutually_exclusive_group()
g.add_argument('--x', action='store_true')
g.add_argument('--y', action='store_true')
for args in [['--n', 'q'], ['--f', '3'], ['--f', 'z'], ['--two', '1'], ['--flag=1'], ['c'], ['--x', '--y'], ['--req-ish'], ['--zzz'], ['--n', '1', 'a', 'extra']]:
    attempt(p, args)
attempt(p, ['--zzz', 'a'], known=True)
q = argparse.ArgumentParser(prog='noexit2', exit_on_error=False)
q.add_argument('must')
q.add_argument('--opt', required=True)
attempt(q, [])
attempt(q, ['m'])
sub = q.add_subparsers(dest='cmd')
sub.add_parser('go')
attempt(q, ['m', '--opt', 'o', 'stop'])
e = argparse.ArgumentError(None, 'plain message')
print(str(e), e.argument_name, e.message, e.args)
e2 = argparse.ArgumentError(p._actions[1], 'bad n')
print(str(e2), e2.argument_name, e2.args)
t = argparse.ArgumentTypeError('why')
print(repr(t), str(t), isinstance(t, Exception))
def picky(s):
    if s != 'ok':
        raise ValueError('custom text is ignored')
    return s
def typed(s):
    raise TypeError('also ignored')
r = argparse.ArgumentParser(prog='types', exit_on_error=False)
r.add_argument('--p', type=picky)
r.add_argument('--t', type=typed)
r.add_argument('--l', type=lambda s: int(s))
attempt(r, ['--p', 'no'])
attempt(r, ['--t', 'x'])
attempt(r, ['--l', 'x'])
attempt(r, ['--p', 'ok'])
