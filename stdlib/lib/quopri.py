"""quopri: quoted-printable encoding and decoding (RFC 1521) of binary files and bytes.

tpy's quopri works on binascii's a2b_qp and b2a_qp (native, as CPython's C ones) for whole
files and strings; the per-character helpers are kept for programs that call them.
"""

import binascii as _ba

__all__ = ["encode", "decode",
           "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

_PRINTABLE_LO, _PRINTABLE_HI = b' ', b'~'


def needsquoting(c, quotetabs, header):
    """Whether the byte `c` (a bytes of length 1) must be written as =XX."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        # in headers an underscore stands for a space
        return header
    if c == ESCAPE:
        return True
    return c < _PRINTABLE_LO or c > _PRINTABLE_HI


def quote(c):
    """The =XX form of one byte."""
    assert isinstance(c, bytes) and len(c) == 1
    hi, lo = divmod(c[0], 16)
    return ESCAPE + HEX[hi:hi + 1] + HEX[lo:lo + 1]


def encodestring(s, quotetabs=False, header=False):
    """Quoted-printable form of the bytes `s`."""
    return _ba.b2a_qp(s, quotetabs=quotetabs,
                      header=header)


def decodestring(s, header=False):
    """The bytes a quoted-printable `s` stands for."""
    return _ba.a2b_qp(s, header=header)


def encode(input, output, quotetabs, header=False):
    """Reads binary file `input` to its end and writes it quoted-printable to binary file `output`.

    With `quotetabs`, tabs and spaces are quoted too; with `header`, spaces become underscores
    (RFC 1522 headers)."""
    output.write(encodestring(input.read(), quotetabs, header))


def decode(input, output, header=False):
    """Reads quoted-printable binary file `input` to its end and writes the decoded bytes to `output`."""
    output.write(decodestring(input.read(), header))


def ishex(c):
    """Whether the byte `c` (a bytes of length 1) is a hexadecimal digit."""
    assert isinstance(c, bytes)
    lowered = c.lower()
    return c.isdigit() or b'a' <= lowered <= b'f'


def _digit_value(d):
    # d is one byte as an int
    if 48 <= d <= 57:          # 0-9
        return d - 48
    if 97 <= d <= 102:         # a-f
        return d - 87
    if 65 <= d <= 70:          # A-F
        return d - 55
    assert False, "non-hex digit " + repr(bytes((d,)))


def unhex(s):
    """The value of a run of hexadecimal digits (bytes)."""
    total = 0
    for d in s:
        total = (total << 4) + _digit_value(d)
    return total


def _usage_exit(*lines):
    import sys
    sys.stdout = sys.stderr
    for text in lines:
        print(text)
    sys.exit(2)


def main():
    import getopt
    import sys
    argv = sys.argv[1:]
    try:
        opts, names = getopt.getopt(argv, 'td')
    except getopt.error as msg:
        _usage_exit(msg, "usage: quopri [-t | -d] [file] ...",
                    "-t: quote tabs", "-d: decode; default encode")
    flags = {flag for flag, _ in opts}
    decoding = '-d' in flags
    tabs = '-t' in flags
    if decoding and tabs:
        _usage_exit("-t and -d are mutually exclusive")
    failed = False
    for name in names or ['-']:
        from_stdin = name == '-'
        if from_stdin:
            source = sys.stdin.buffer
        else:
            try:
                source = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                failed = True
                continue
        try:
            if decoding:
                decode(source, sys.stdout.buffer)
            else:
                encode(source, sys.stdout.buffer, tabs)
        finally:
            if not from_stdin:
                source.close()
    if failed:
        sys.exit(1)


if __name__ == '__main__':
    main()
