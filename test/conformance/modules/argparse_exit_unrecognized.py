# Arguments nobody takes: exit status 2, and parse_known_args shows them instead.
import argparse
import sys
parser = argparse.ArgumentParser(prog='tool')
parser.add_argument('--level', choices=['low', 'high'])
print(parser.parse_known_args(['--level', 'low', '--extra', 'x']))
sys.argv[1:] = ['--level', 'high', '--extra', 'x']
parser.parse_args()
