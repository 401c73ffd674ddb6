# optparse: options of every action and type, abbreviations, callbacks, groups, defaults
import os
import sys
os.environ['COLUMNS'] = '60'
import optparse
from optparse import OptionParser, OptionGroup, Option, make_option

def on_flag(option, opt, value, parser, tag, scale=1):
    print('callback', opt, repr(value), tag, scale, parser.rargs, parser.largs)
    parser.values.seen = (value or 0) * scale

p = OptionParser(prog='tool', version='%prog 1.2', usage='%prog [options] FILE...',
                 description='Process the named files in a way that takes a long sentence to describe so it wraps.')
p.add_option('-v', '--verbose', action='count', dest='verbosity', help='more output (default %default)')
p.add_option('-q', '--quiet', action='store_false', dest='loud', default=True)
p.add_option('-n', '--num', type='int', default='7', help='a number, default %default')
p.add_option('-f', '--float', type=float, metavar='X')
p.add_option('-c', '--cplx', type='complex')
p.add_option('--mode', choices=['fast', 'slow'], default='fast', help='fast or slow [%default]')
p.add_option('-I', action='append', dest='include', help='add a directory to the include path; may be given many times')
p.add_option('--pair', nargs=2, type='int')
p.add_option('--const', action='store_const', const=42)
p.add_option('--tag', action='append_const', const='t', dest='tags')
p.add_option('--dry-run', action='store_true')
p.add_option('--cb', action='callback', callback=on_flag, type='int', callback_args=('A',), callback_kwargs={'scale': 3})
p.add_option('--secret', help=optparse.SUPPRESS_HELP)
g = OptionGroup(p, 'Dangerous Options', 'Caution: use these options at your own risk.')
g.add_option('-g', action='store_true', help='Group option.')
p.add_option_group(g)

def show(args):
    try:
        opts, rest = p.parse_args(args)
        print(sorted(vars(opts).items(), key=lambda kv: kv[0]), rest)
    except SystemExit as e:
        print('SystemExit', e.code)

show([])
show(['-vvv', '-q', 'a.txt', '-n', '0x1f', 'b.txt'])
show(['--verb', '--num=017', '-f2.5', '-c', '1+2j', '--mode', 'slow', '-Ia', '-I', 'b'])
show(['--pair', '3', '4', '--const', '--tag', '--tag', '--dry', '--', '-v'])
show(['--cb', '5', 'x', '-n0b101'])
show(['-n', '12', '--secret', 's'])
print(p.get_usage(), end='')
print(p.format_help())
p.print_version()
q = OptionParser(add_help_option=False, usage=optparse.SUPPRESS_USAGE)
print(repr(q.format_help()))
q.disable_interspersed_args()
q.add_option('-a', action='store_true')
print(q.parse_args(['-a', 'x', '-a'])[1])
r = OptionParser(prog='t2', conflict_handler='resolve', formatter=optparse.TitledHelpFormatter(width=50))
r.add_option('-x', '--ex', help='first')
r.add_option('-x', '--extra', help='second takes -x')
r.add_option('-y', dest='why', metavar='WHY', help='why %default')
r.set_defaults(why='because')
print(r.format_help())
print(r.get_option('--ex'), r.get_option('-x'), r.has_option('--nope'))
r.remove_option('--ex')
print(r.has_option('--ex'))
o = make_option('-z', '--zed', type='string', dest='z')
print(o, o.get_opt_string(), o.takes_value(), o.action, o.type, o.nargs)
v = optparse.Values({'a': 1})
print(v, v == {'a': 1}, v.ensure_value('b', []), v)
