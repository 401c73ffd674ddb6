# action='version' prints on stdout and exits 0; SystemExit can be caught like any exception.
import argparse
parser = argparse.ArgumentParser(prog='vtool')
parser.add_argument('-V', '--version', action='version', version='%(prog)s version 3.1.4')
try:
    parser.parse_args(['-V'])
except SystemExit as e:
    print('caught SystemExit', e.code)
parser.error('custom failure message')
