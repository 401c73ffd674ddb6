# prefix_chars: options that start with '+' or '/', help built from the first prefix, '--' still ends options.
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

p = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
p.add_argument('+f', action='store_true', help='plus flag')
p.add_argument('++bar', help='a long plus option')
p.add_argument('-m', '--minus', type=int)
p.add_argument('+c', action='count', default=0)
p.add_argument('pos', nargs='*')
print(p.format_help())
for args in [['+f'], ['++bar', 'x', 'a', 'b'], ['++b=y'], ['+cc', '-m', '3'], ['+fc', '+c'], ['--', '+f'], ['+h'], ['+z'], ['+c', '-5']]:
    attempt(p, args)

q = argparse.ArgumentParser(prog='win', prefix_chars='/')
q.add_argument('/verbose', '/v', action='store_true')
q.add_argument('/out', default='o')
q.add_argument('//double')
q.add_argument('file', nargs='?')
print(q.format_help())
for args in [['/v', 'a'], ['/verb', '/out', 'x'], ['/out=y', 'f'], ['//d', 'z'], ['-x'], ['/?'], ['/h']]:
    attempt(q, args)

r = argparse.ArgumentParser(prog='onlyplus', prefix_chars='+', add_help=False)
r.add_argument('+x', type=float)
r.add_argument('rest', nargs='*')
print(r.format_usage(), end='')
attempt(r, ['+x', '1.5', '-x', '--y'])
for bad in (('-q',), ('x', 'y'), ('+',)):
    try:
        r.add_argument(*bad)
    except Exception as e:
        print(type(e).__name__, e)
b = argparse.ArgumentParser(prog='bool', prefix_chars='+-')
b.add_argument('++color', action=argparse.BooleanOptionalAction)
b.add_argument('--size', action=argparse.BooleanOptionalAction, default=False, help='big')
print(b.format_help())
attempt(b, ['++color', '--no-size'])
attempt(b, ['++no-color'])
