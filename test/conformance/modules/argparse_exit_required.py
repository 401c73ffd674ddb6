# A missing positional: usage and the error on stderr, exit status 2 (prog from sys.argv[0]).
import argparse
parser = argparse.ArgumentParser(description='Copy a file.')
parser.add_argument('src')
parser.add_argument('dst')
parser.add_argument('-f', '--force', action='store_true')
print('parsing')
args = parser.parse_args()
print('not reached', args)
