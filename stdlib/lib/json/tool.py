"""`tpy -m json.tool [infile] [outfile]`: checks JSON and prints it again, indented or compact.

The options, messages and exit codes are those of CPython's tool: a document that does not
parse prints the decoder's message (no traceback) and exits with 1.
"""

import argparse
import json
import sys

DESCRIPTION = ('A simple command line interface for json module to validate and pretty-print '
               'JSON objects.')


def _parser():
    parser = argparse.ArgumentParser(prog='python -m json.tool', description=DESCRIPTION)
    parser.add_argument('infile', nargs='?', type=argparse.FileType(encoding='utf-8'),
                        default=sys.stdin, help='a JSON file to be validated or pretty-printed')
    # Opened only once the input has parsed, so a bad document leaves the file alone.
    parser.add_argument('outfile', nargs='?', default=None,
                        help='write the output of infile to outfile')
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='sort the output of dictionaries alphabetically by key')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                        help='disable escaping of non-ASCII characters')
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help='parse input using the JSON Lines format. Use with --no-indent '
                             'or --compact to produce valid JSON Lines output.')
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='separate items with newlines and use this number of spaces '
                             'for indentation')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help='separate items with newlines and use tabs for indentation')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help='separate items with spaces rather than newlines')
    layout.add_argument('--compact', action='store_true',
                        help='suppress all whitespace separation (most compact)')
    return parser


def _documents(options):
    """The parsed input: one document, or one per line with --json-lines."""
    with options.infile as source:
        if options.json_lines:
            return [json.loads(line) for line in source]
        return [json.load(source)]


def main():
    options = _parser().parse_args()
    layout = {'sort_keys': options.sort_keys, 'indent': options.indent,
              'ensure_ascii': options.ensure_ascii}
    if options.compact:
        layout['indent'] = None
        layout['separators'] = (',', ':')
    try:
        documents = _documents(options)
        out = sys.stdout if options.outfile is None else open(options.outfile, 'w', encoding='utf-8')
        with out:
            for document in documents:
                json.dump(document, out, **layout)
                out.write('\n')
    except ValueError as error:
        raise SystemExit(error)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as error:
        sys.exit(error.errno)
