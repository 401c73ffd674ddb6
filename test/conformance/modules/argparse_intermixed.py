# parse_intermixed_args: positionals interleaved with options; what it refuses.
import argparse, io, sys

def attempt(f, args):
    saved = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        result = 'ok %r' % (f(args),)
    except SystemExit as e:
        result = 'SystemExit %r' % (e.code,)
    except Exception as e:
        result = '%s %s' % (type(e).__name__, e)
    finally:
        sys.stderr, sys.stdout = saved
    print(args, result)
    print(out.getvalue() + err.getvalue(), end='')

p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('-v', action='store_true')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
for args in [['doit', '1', '--foo', 'bar', '2', '3'], ['--foo', 'x', 'c', '-v', '4'], ['c'], [], ['c', 'x'], ['c', '1', '--bad', '2']]:
    attempt(p.parse_args, args)
    attempt(p.parse_intermixed_args, args)
attempt(p.parse_known_intermixed_args, ['c', '1', '--bad', '2', '-v'])
attempt(p.parse_known_args, ['c', '1', '--bad', '2', '-v'])

q = argparse.ArgumentParser(prog='opt')
q.add_argument('a', nargs='?', default='A')
q.add_argument('b', nargs='*', default=['B'])
q.add_argument('-x', action='append')
attempt(q.parse_intermixed_args, ['-x', '1', 'p', '-x', '2', 'q', 'r'])
attempt(q.parse_intermixed_args, [])
attempt(q.parse_intermixed_args, ['--', '-x'])

r = argparse.ArgumentParser(prog='rem')
r.add_argument('a')
r.add_argument('more', nargs=argparse.REMAINDER)
attempt(r.parse_intermixed_args, ['1', '2'])
s = argparse.ArgumentParser(prog='sub')
s.add_subparsers().add_parser('go')
attempt(s.parse_intermixed_args, ['go'])

m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group()
g.add_argument('--name')
g.add_argument('pos', nargs='?')
attempt(m.parse_intermixed_args, ['--name', 'n'])
attempt(m.parse_intermixed_args, ['p'])
attempt(m.parse_intermixed_args, ['p', '--name', 'n'])
m2 = argparse.ArgumentParser(prog='mx2')
g2 = m2.add_mutually_exclusive_group(required=True)
g2.add_argument('--name')
g2.add_argument('pos', nargs='*', default=[])
attempt(m2.parse_intermixed_args, [])
attempt(m2.parse_intermixed_args, ['a', 'b'])
d = argparse.ArgumentParser(prog='sup', argument_default=argparse.SUPPRESS)
d.add_argument('--k', type=int)
d.add_argument('xs', nargs='*')
attempt(d.parse_intermixed_args, ['1', '--k', '2', '3'])
attempt(d.parse_intermixed_args, [])
