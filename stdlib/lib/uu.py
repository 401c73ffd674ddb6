"""uu: uuencoding and uudecoding of files, line by line over binascii's b2a_uu and a2b_uu.

encode(in_file, out_file, name=None, mode=None, *, backtick=False) and
decode(in_file, out_file=None, mode=None, quiet=False) take binary file objects, path names,
or '-' for the standard streams. Deprecated in 3.11, as in CPython (a DeprecationWarning at import).
"""

import binascii
import os
import sys
import warnings

_GONE_IN = (3, 13)
warnings._deprecated(__name__, remove=_GONE_IN)
del _GONE_IN

__all__ = ["Error",
           "encode", "decode"]


class Error(Exception):
    pass


def _resolve(target, writing, opened):
    """A binary file for `target`: '-' is a standard stream, a str is a path opened here
    (and remembered in `opened` to be closed), anything else is already a file."""
    if target == '-':
        return sys.stdout.buffer if writing else sys.stdin.buffer
    if not isinstance(target, str):
        return target
    f = open(target, 'wb' if writing else 'rb')
    opened.append(f)
    return f


def encode(in_file, out_file, name=None, mode=None, *, backtick=False):
    """Uuencode file"""
    opened = []
    try:
        path = in_file if isinstance(in_file, str) and in_file != '-' else None
        # a path gives the name and mode the header records
        if name is None:
            name = '-' if path is None else os.path.basename(path)
        if mode is None:
            mode = 0o666 if path is None else os.stat(path).st_mode
        source = _resolve(in_file, False, opened)
        sink = _resolve(out_file, True, opened)
        # the header is one line: a name's own line breaks are written as escapes
        for raw, escaped in (('\n', '\\n'), ('\r', '\\r')):
            name = name.replace(raw, escaped)
        header = 'begin %o %s\n' % (mode & 0o777, name)
        sink.write(header.encode('ascii'))
        chunk = source.read(45)
        while chunk:
            sink.write(binascii.b2a_uu(chunk, backtick=backtick))
            chunk = source.read(45)
        sink.write((b'`' if backtick else b' ') + b'\nend\n')
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


def _decode_line(line, quiet):
    try:
        return binascii.a2b_uu(line)
    except binascii.Error as err:
        # some encoders write garbage past the data: keep only the characters the length asks for
        wanted = ((line[0] - 32) & 63) * 4
        data = binascii.a2b_uu(line[:(wanted + 5) // 3])
        if not quiet:
            sys.stderr.write("Warning: %s\n" % err)
        return data


def decode(in_file, out_file=None, mode=None, quiet=False):
    """Decode uuencoded file"""
    opened = []
    source = _resolve(in_file, False, opened)
    try:
        fields = _begin_line(source)
        target = _safe_output_name(fields) if out_file is None else out_file
        if mode is None:
            mode = int(fields[1], 8)
        sink = _resolve(target, True, opened)
        if isinstance(target, str) and target != '-':
            # a file this call created takes the mode from the header (or the caller)
            os.chmod(target, mode)
        for line in iter(source.readline, b''):
            if line.strip(b' \t\r\n\f') == b'end':
                break
            sink.write(_decode_line(line, quiet))
        else:
            raise Error('Truncated input file')
    finally:
        for f in opened:
            f.close()


def test():
    """Command line: uu [-d] [-t] [input [output]], encoding by default."""
    import optparse
    parser = optparse.OptionParser(usage='usage: %prog [-d] [-t] [input [output]]')
    for short, long_, what in (('-d', '--decode', 'Decode (instead of encode)?'),
                               ('-t', '--text', 'data is text, encoded format unix-compatible text?')):
        parser.add_option(short, long_, dest=long_[2:], help=what,
                          default=False, action='store_true')
    options, args = parser.parse_args()
    if len(args) > 2:
        parser.error('incorrect number of arguments')
        sys.exit(1)
    source, target = sys.stdin.buffer, sys.stdout.buffer
    if args:
        source = args[0]
    if len(args) == 2:
        target = args[1]
    if options.decode:
        if options.text:
            if not isinstance(target, str):
                print(sys.argv[0], ': cannot do -t to stdout')
                sys.exit(1)
            target = open(target, 'wb')
        decode(source, target)
        return
    if options.text:
        if not isinstance(source, str):
            print(sys.argv[0], ': cannot do -t from stdin')
            sys.exit(1)
        source = open(source, 'rb')
    encode(source, target)


if __name__ == '__main__':
    test()
