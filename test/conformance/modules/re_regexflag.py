# re's flags are re.RegexFlag members (an enum.IntFlag named as re's globals).
import re
import enum

print(re.I, re.I | re.M, repr(re.S), str(re.X), f'{re.A}', format(re.I, 'd'), int(re.X))
print(type(re.I), re.RegexFlag, isinstance(re.I, enum.IntFlag), isinstance(re.I, int))
print(re.I == 2, re.I + 0, re.I is re.IGNORECASE, re.RegexFlag.IGNORECASE is re.I)
print(re.NOFLAG, re.RegexFlag(0), re.RegexFlag(2), re.RegexFlag(0x1000), re.I | 0x1000, re.I | 1)
print(~re.I)
print(re.I & re.M, re.I ^ re.I, re.X | re.S, re.NOFLAG | re.I, 2 | re.M)
print(list(re.RegexFlag))
print(list(re.RegexFlag.__members__))
print(re.I.name, re.I.value, (re.I | re.M).name, re.RegexFlag.__module__, re.RegexFlag.__qualname__)
print(re.M in (re.I | re.M), re.S in (re.I | re.M), len(re.I | re.M | re.S))

# Patterns take them (or plain ints); .flags stays a plain int, repr names the flags.
p = re.compile('a.b', re.I | re.S)
print(p.flags, type(p.flags), p)
print(re.compile('x', 2), re.compile('(?i)x').flags, re.compile(b'x', re.I))
print(re.findall('^a', 'A\na', re.I | re.M), re.sub('x', '-', 'XxX', flags=re.IGNORECASE))
print(re.compile(r'''
    \d+   # digits
''', re.VERBOSE).findall('a12b345'))

try:
    re.compile('a', re.U | re.A)
except ValueError as e:
    print('ValueError:', e)

from re import *
print(IGNORECASE, NOFLAG, RegexFlag)
print('RegexFlag' in dir(re), 'I' in dir(re), 'RegexFlag' in re.__all__)
