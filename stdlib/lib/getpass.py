"""getpass for tpy: password prompts and the login name.

tpy cannot turn a terminal's echo off (it has no termios), so getpass() always does what
CPython does when it cannot either: it warns (GetPassWarning), says on the stream that the
input may be echoed, writes the prompt there (sys.stderr by default) and reads one line of
sys.stdin. With stdin piped, as programs are tested, that is CPython's own behaviour.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password, with echo turned off where the terminal allows it."""
    stream = stream or sys.stderr
    passwd = fallback_getpass(prompt, stream)
    stream.write('\n')
    return passwd


def fallback_getpass(prompt='Password: ', stream=None):
    """Prompt for a password that will be echoed (the warning names the caller's line)."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    stream = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    text = str(prompt)
    if text:
        stream.write(text)
        stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, the first one set and not empty."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open('/etc/passwd') as f:
            for entry in f:
                fields = entry.split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError(f'getpwuid(): uid not found: {uid}')
