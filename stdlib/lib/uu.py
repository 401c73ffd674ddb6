"""uu: uuencoding and uudecoding of files, line by line over binascii's b2a_uu and a2b_uu.

encode(in_file, out_file, name=None, mode=None, *, backtick=False) and
decode(in_file, out_file=None, mode=None, quiet=False) take binary file objects, path names,
or '-' for the standard streams. Deprecated in 3.11, as in CPython (a DeprecationWarning at import).
"""

import binascii
import os
import sys
import warnings

warnings._deprecated(__name__, remove=(3, 13))

__all__ = ["Error", "encode", "decode"]


class Error(Exception):
    pass


def _open_input(in_file, opened):
    if in_file == '-':
        return sys.stdin.buffer
    if isinstance(in_file, str):
        f = open(in_file, 'rb')
        opened.append(f)
        return f
    return in_file


def encode(in_file, out_file, name=None, mode=None, *, backtick=False):
    """Uuencode file"""
    opened = []
    try:
        if isinstance(in_file, str) and in_file != '-':
            # a path gives the name and mode the header records
            if name is None:
                name = os.path.basename(in_file)
            if mode is None:
                mode = os.stat(in_file).st_mode
        in_file = _open_input(in_file, opened)
        if out_file == '-':
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            out_file = open(out_file, 'wb')
            opened.append(out_file)
        if name is None:
            name = '-'
        if mode is None:
            mode = 0o666
        # the header is one line: a name's own line breaks are written as escapes
        name = name.replace('\n', '\\n').replace('\r', '\\r')
        out_file.write(('begin %o %s\n' % (mode & 0o777, name)).encode('ascii'))
        while True:
            chunk = in_file.read(45)
            if not chunk:
                break
            out_file.write(binascii.b2a_uu(chunk, backtick=backtick))
        out_file.write(b'`\nend\n' if backtick else b' \nend\n')
    finally:
        for f in opened:
            f.close()


def _begin_line(in_file):
    """The fields of the first 'begin MODE NAME' line whose mode is octal."""
    while True:
        line = in_file.readline()
        if not line:
            raise Error('No valid begin line found in input file')
        if not line.startswith(b'begin'):
            continue
        fields = line.split(b' ', 2)
        if len(fields) == 3 and fields[0] == b'begin':
            try:
                int(fields[1], 8)
            except ValueError:
                continue
            return fields


def _safe_output_name(fields):
    name = fields[2].rstrip(b' \t\r\n\f').decode('ascii')
    if os.path.exists(name):
        raise Error(f'Cannot overwrite existing file: {name}')
    traversal = name.startswith(os.sep) or f'..{os.sep}' in name
    if os.altsep and (name.startswith(os.altsep) or f'..{os.altsep}' in name):
        traversal = True
    if traversal:
        raise Error(f'Refusing to write to {name} due to directory traversal')
    return name


def decode(in_file, out_file=None, mode=None, quiet=False):
    """Decode uuencoded file"""
    opened = []
    in_file = _open_input(in_file, opened)
    try:
        fields = _begin_line(in_file)
        if out_file is None:
            out_file = _safe_output_name(fields)
        if mode is None:
            mode = int(fields[1], 8)
        if out_file == '-':
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            f = open(out_file, 'wb')
            os.chmod(out_file, mode)
            out_file = f
            opened.append(f)
        line = in_file.readline()
        while line and line.strip(b' \t\r\n\f') != b'end':
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error as err:
                # some encoders write garbage past the data: keep only the characters the length asks for
                keep = (((line[0] - 32) & 63) * 4 + 5) // 3
                data = binascii.a2b_uu(line[:keep])
                if not quiet:
                    sys.stderr.write("Warning: %s\n" % err)
            out_file.write(data)
            line = in_file.readline()
        if not line:
            raise Error('Truncated input file')
    finally:
        for f in opened:
            f.close()


def test():
    """uuencode/uudecode main program"""
    import optparse
    parser = optparse.OptionParser(usage='usage: %prog [-d] [-t] [input [output]]')
    parser.add_option('-d', '--decode', dest='decode', help='Decode (instead of encode)?',
                      default=False, action='store_true')
    parser.add_option('-t', '--text', dest='text', help='data is text, encoded format unix-compatible text?',
                      default=False, action='store_true')
    options, args = parser.parse_args()
    if len(args) > 2:
        parser.error('incorrect number of arguments')
        sys.exit(1)
    source = args[0] if args else sys.stdin.buffer
    target = args[1] if len(args) > 1 else sys.stdout.buffer
    if options.decode:
        if options.text:
            if isinstance(target, str):
                target = open(target, 'wb')
            else:
                print(sys.argv[0], ': cannot do -t to stdout')
                sys.exit(1)
        decode(source, target)
    else:
        if options.text:
            if isinstance(source, str):
                source = open(source, 'rb')
            else:
                print(sys.argv[0], ': cannot do -t from stdin')
                sys.exit(1)
        encode(source, target)


if __name__ == '__main__':
    test()
