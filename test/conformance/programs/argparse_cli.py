# An argparse CLI driven by a list of argv vectors: subcommands, types, choices, help and errors.
import argparse
import sys


def build():
    p = argparse.ArgumentParser(prog='todo', description='Manage a todo list.',
                                epilog='Report bugs to nobody.')
    p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
    p.add_argument('--db', metavar='PATH', default='todo.db', help='database file (default: %(default)s)')
    p.add_argument('--version', action='version', version='%(prog)s 1.2')
    sub = p.add_subparsers(dest='cmd', required=True, title='commands')

    add = sub.add_parser('add', help='add a task')
    add.add_argument('title', nargs='+')
    add.add_argument('-p', '--priority', type=int, choices=range(1, 4), default=2)
    add.add_argument('--tag', action='append', dest='tags', default=[])
    add.add_argument('--due', type=lambda s: tuple(int(x) for x in s.split('-')))

    ls = sub.add_parser('list', aliases=['ls'], help='list tasks')
    g = ls.add_mutually_exclusive_group()
    g.add_argument('--done', action='store_true')
    g.add_argument('--pending', action='store_false', dest='done')
    ls.add_argument('--limit', type=int, default=10)
    ls.add_argument('--sort', choices=['prio', 'title'], default='prio')

    rm = sub.add_parser('rm', help='remove tasks')
    rm.add_argument('ids', type=int, nargs='*')
    rm.add_argument('-f', '--force', action='store_true')
    rm.add_argument('--all', action='store_const', const='ALL', dest='which')
    return p


class Exit(Exception):
    pass


def run(argv):
    p = build()
    print('$ todo', ' '.join(argv))
    real_exit = sys.exit
    try:
        ns = p.parse_args(argv)
    except SystemExit as e:
        print('  -> SystemExit', e.code)
        return
    d = vars(ns)
    print('  ', {k: d[k] for k in sorted(d)})


sys.stderr = sys.stdout  # usage/errors go to stderr; show them inline
for argv in [
    ['add', 'buy', 'milk', '-p', '3', '--tag', 'home', '--tag', 'shop'],
    ['-vv', '--db', 'x.db', 'add', 'call mom', '--due', '2024-03-04'],
    ['ls', '--done', '--limit', '5'],
    ['list', '--pending', '--sort', 'title'],
    ['rm', '1', '2', '3', '-f'],
    ['rm', '--all'],
    ['add', 'x', '-p', '7'],
    ['add', 'x', '-p', 'high'],
    ['ls', '--done', '--pending'],
    ['frobnicate'],
    [],
    ['rm', 'one'],
    ['ls', '--limit'],
    ['add', '--bogus', 'x'],
    ['--version'],
    ['--help'],
    ['add', '-h'],
    ['ls', '--so', 'title'],
]:
    run(argv)

# parse_known_args, intermixed, defaults, namespace
p = argparse.ArgumentParser(prog='tool', add_help=False)
p.add_argument('files', nargs='*')
p.add_argument('-n', type=float, default=1.5)
p.add_argument('-x', nargs=2, metavar=('A', 'B'))
ns, rest = p.parse_known_args(['a', '-n', '2', '--unknown', 'b', '-x', '1', '2', '-z'])
print(ns, rest)
p.set_defaults(mode='fast')
print(p.parse_args(['-n', '-3.5']), p.get_default('mode'))
ns = argparse.Namespace(files=['pre'])
print(p.parse_args([], namespace=ns))
print(p.format_usage(), end='')
print(p.format_help(), end='')
p2 = argparse.ArgumentParser(prog='calc', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument('op', choices=['add', 'mul'], help='operation')
p2.add_argument('nums', type=int, nargs=argparse.ONE_OR_MORE, help='numbers')
p2.add_argument('--scale', type=float, default=1.0, help='scale factor')
p2.print_help()
ns = p2.parse_args(['mul', '3', '4', '--scale', '0.5'])
r = 1
for n in ns.nums:
    r *= n
print(r * ns.scale)
try:
    p2.parse_args(['div', '1'])
except SystemExit as e:
    print('exit', e.code)
