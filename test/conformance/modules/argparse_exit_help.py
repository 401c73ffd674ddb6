# -h prints the help on stdout and exits with status 0.
import argparse
import sys
sys.argv[1:] = ['--verbose', '-h']
parser = argparse.ArgumentParser(description='Count the words of files.', epilog='Exit status is 0 on success.')
parser.add_argument('files', nargs='+', metavar='FILE', help='files to read')
parser.add_argument('--verbose', '-v', action='store_true', help='print each file name')
parser.add_argument('--min-length', type=int, default=1, help='ignore words shorter than this')
try:
    parser.parse_args()
finally:
    print('finally runs')
