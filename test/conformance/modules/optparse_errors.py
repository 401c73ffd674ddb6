# optparse: option definition errors, command-line errors (exit status 2, usage on stderr)
import sys
import optparse
from optparse import OptionParser, Option

def define(*args, **kwargs):
    try:
        Option(*args, **kwargs)
        print('ok', args)
    except (optparse.OptionError, TypeError) as e:
        print(type(e).__name__, e)

define()
define('x')
define('-')
define('--')
define('-ab')
define('---x')
define('-x', bogus=1, other=2)
define('-x', action='jump')
define('-x', type='decimal')
define('-x', action='store_true', type='int')
define('-x', type='choice')
define('-x', choices={'a': 1})
define('-x', type='int', choices=['a'])
define('-x', action='store', const=3)
define('-x', action='count', nargs=2)
define('-x', action='callback', callback=5)
define('-x', action='callback', callback=print, callback_args=[1])
define('-x', action='callback', callback=print, callback_kwargs=())
define('-x', callback=print)
define('-x', type=str, default='a')

p = OptionParser(prog='prog')
p.add_option('-n', type='int')
p.add_option('--color', choices=['red', 'blue'])
p.add_option('--colour', action='store_true')
p.add_option('--two', nargs=2)
p.add_option('-f', '--flag', action='store_true')
try:
    p.add_option('-n', '--other')
except optparse.OptionConflictError as e:
    print(type(e).__name__, e)
for bad in ([1], ()):
    try:
        p.add_option(*bad)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    p.remove_option('--nothing')
except ValueError as e:
    print(type(e).__name__, e)
try:
    OptionParser(conflict_handler='ignore')
except ValueError as e:
    print(type(e).__name__, e)
try:
    optparse.IndentedHelpFormatter().set_long_opt_delimiter(':')
except ValueError as e:
    print(type(e).__name__, e)

for args in (['-x'], ['--col'], ['-n', 'ten'], ['-n'], ['--color=green'], ['--two', 'a'],
             ['--flag=yes'], ['-n', '0x'], ['--nope']):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print('exit', e.code, args)
    sys.stderr.flush()
print(str(optparse.AmbiguousOptionError('--c', ['--color', '--colour'])))
print(str(optparse.BadOptionError('-q')))
sys.stdout.flush()
p.parse_args(['-n', '1.5'])
print('not reached')
