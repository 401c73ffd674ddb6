# A value the type cannot convert: exit status 2.
import argparse
import sys
sys.argv[1:] = ['--count', 'ten', 'name']
parser = argparse.ArgumentParser(prog='repeat')
parser.add_argument('name')
parser.add_argument('--count', type=int, default=1)
parser.parse_args()
