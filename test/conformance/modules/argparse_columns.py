# The help width follows $COLUMNS (read when the help is formatted), minus 2.
import argparse
import os

p = argparse.ArgumentParser(prog='narrow', description='This description is long enough to wrap at every width that is tried below.')
p.add_argument('--alpha', help='the first option, with a help text that wraps as well')
p.add_argument('--beta-gamma', metavar='VALUE', help='the second option')
p.add_argument('items', nargs='+', help='things')
for columns in ['40', '60', '100', '0', 'junk']:
    os.environ['COLUMNS'] = columns
    print('COLUMNS =', columns)
    print(p.format_help())
