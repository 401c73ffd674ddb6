import argparse

def show(p):
    print(p.format_help(), end='')
    print('-' * 20)

p = argparse.ArgumentParser(prog='demo', description='A demo program that does several things with files and numbers.', epilog='See the manual for more.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-n', '--num', type=int, default=3, metavar='N', help='how many times to repeat the operation before giving up on it entirely')
p.add_argument('--mode', choices=['fast', 'slow', 'auto'], default='auto', help='one of %(choices)s')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false', help='disable the cache')
p.add_argument('--tag', action='append', help='a tag (repeatable)')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+', type=float)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colour output')
show(p)
print(p.format_usage(), end='')

# long usage wraps
q = argparse.ArgumentParser(prog='wrapper')
for i in range(12):
    q.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
q.add_argument('first')
q.add_argument('second', nargs='+')
show(q)

# a very long prog name puts everything on the following lines
r = argparse.ArgumentParser(prog='a-program-with-an-extremely-long-name-that-takes-most-of-the-line')
r.add_argument('--alpha'); r.add_argument('--beta'); r.add_argument('--gamma-delta-epsilon')
r.add_argument('pos'); r.add_argument('more', nargs='*')
show(r)

# mutually exclusive and argument groups
s = argparse.ArgumentParser(prog='mx', add_help=False)
g = s.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true', help='mode a')
g.add_argument('-b', action='store_true', help='mode b')
g2 = s.add_mutually_exclusive_group(required=True)
g2.add_argument('--in', dest='inp')
g2.add_argument('--out')
grp = s.add_argument_group('network', 'Options about the network connection.')
grp.add_argument('--host', default='localhost', help='host name')
grp.add_argument('--port', type=int, help='port')
s.add_argument('files', nargs='*', help='input files')
show(s)

# raw formatters and defaults
for fc in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    t = argparse.ArgumentParser(prog='fmt', formatter_class=fc, description='first line\n   indented line\n\nlast paragraph', epilog='  epilog\n  kept')
    t.add_argument('--x', type=int, default=5, help='an x\n  with a second line')
    t.add_argument('--y', type=str, default='why', help='a y')
    t.add_argument('z', type=str, nargs='?', default='zed', help='a z')
    show(t)

# subparsers
u = argparse.ArgumentParser(prog='git')
u.add_argument('--dir')
sub = u.add_subparsers(dest='cmd', help='sub-command help')
c1 = sub.add_parser('commit', help='record changes')
c1.add_argument('-m', '--message', required=True)
c2 = sub.add_parser('checkout', aliases=['co'], help='switch branches')
c2.add_argument('branch')
sub.add_parser('status')
show(u)
show(c1)
show(c2)
v = argparse.ArgumentParser(prog='tool')
v.add_argument('target')
sub2 = v.add_subparsers(title='commands', description='available commands', metavar='COMMAND')
sub2.add_parser('run', help='run it')
sub2.add_parser('stop', help='stop it')
show(v)
show(sub2.choices['run'])
# usage and %(prog)s
w = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] file', description='%(prog)s does things')
w.add_argument('file')
show(w)
# no arguments at all
show(argparse.ArgumentParser(prog='bare', add_help=False))
show(argparse.ArgumentParser(prog='onlyhelp'))
