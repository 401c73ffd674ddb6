"""getpass: reading a password, and the login name of the user.

tpy cannot turn the terminal's echo off (no termios): getpass() always takes CPython's
fallback path, warning with GetPassWarning, telling the stream the input may be echoed and
reading a line from sys.stdin, as CPython does when stdin is not a terminal.
"""

import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def _read_line(prompt, stream, source):
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            # a prompt the stream cannot encode is written with replacements
            encoding = getattr(stream, 'encoding', None) or 'ascii'
            stream.write(prompt.encode(encoding, 'replace').decode(encoding))
        stream.flush()
    line = source.readline()
    if not line:
        raise EOFError
    if line.endswith('\n'):
        line = line[:-1]
    return line


def fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn('Can not control echo on the terminal.', GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print('Warning: Password input may be echoed.', file=stream)
    return _read_line(prompt, stream, sys.stdin)


def unix_getpass(prompt='Password: ', stream=None):
    # DIVERGENCE: no /dev/tty and no echo control; CPython's path for a stdin that is not a tty
    if not stream:
        stream = sys.stderr
    password = fallback_getpass(prompt, stream)
    stream.write('\n')
    return password


getpass = unix_getpass


def getuser():
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]
