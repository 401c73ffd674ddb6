"""re.RegexFlag for tpy: the flags as members of an enum.IntFlag, named as re's globals.

The native re module loads this at the first use of a flag or of RegexFlag (importing enum
with re would slow every `import re`); global_enum then puts the members into re's namespace.
"""

import enum


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    # The members' values are sre's flag bits, in CPython's order (it decides how
    # combinations are named: ~re.I lists the others in this order).
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    # str() is repr(): re.IGNORECASE|re.MULTILINE; unnamed bits show in hex.
    __str__ = object.__str__
    _numeric_repr_ = hex


RegexFlag.__module__ = 're'
RegexFlag.__doc__ = 'An enumeration.'
enum.global_enum(RegexFlag)
