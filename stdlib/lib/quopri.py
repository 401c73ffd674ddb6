"""quopri: quoted-printable encoding and decoding (RFC 1521) of binary files and bytes.

tpy's quopri works on binascii's a2b_qp and b2a_qp (native, as CPython's C ones) for whole
files and strings; the per-character helpers are kept for programs that call them.
"""

from binascii import a2b_qp, b2a_qp

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the byte `c` (a bytes of length 1) must be written as =XX."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        # in headers an underscore stands for a space
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX form of one byte."""
    assert isinstance(c, bytes) and len(c) == 1
    n = ord(c)
    return ESCAPE + bytes((HEX[n // 16], HEX[n % 16]))


def encode(input, output, quotetabs, header=False):
    """Reads binary file `input` to its end and writes it quoted-printable to binary file `output`.

    With `quotetabs`, tabs and spaces are quoted too; with `header`, spaces become underscores
    (RFC 1522 headers)."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Reads quoted-printable binary file `input` to its end and writes the decoded bytes to `output`."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the byte `c` (a bytes of length 1) is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return c.isdigit() or b'a' <= c.lower() <= b'f'


def unhex(s):
    """The value of a run of hexadecimal digits (bytes)."""
    value = 0
    for digit in s:
        digit = bytes((digit,))
        if digit.isdigit():
            value = value * 16 + ord(digit) - ord('0')
        elif b'a' <= digit <= b'f':
            value = value * 16 + ord(digit) - ord('a') + 10
        elif b'A' <= digit <= b'F':
            value = value * 16 + ord(digit) - ord('A') + 10
        else:
            assert False, "non-hex digit " + repr(digit)
    return value


def main():
    import getopt
    import sys
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    decoding = ('-d', '') in opts
    tabs = ('-t', '') in opts
    if tabs and decoding:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    if not args:
        args = ['-']
    status = 0
    for name in args:
        if name == '-':
            source = sys.stdin.buffer
        else:
            try:
                source = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if decoding:
                decode(source, sys.stdout.buffer)
            else:
                encode(source, sys.stdout.buffer, tabs)
        finally:
            if name != '-':
                source.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
