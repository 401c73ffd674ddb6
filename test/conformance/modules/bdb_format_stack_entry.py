# bdb.Bdb.format_stack_entry: file(line)function(), the return value of a returning frame,
# then the source line, or a warning when the entry has no line number.
import bdb
import os
import sys

b = bdb.Bdb()

def strip(s):
    return s.replace(os.path.abspath(__file__), 'FILE')

def inner():
    f = sys._getframe()
    print(strip(b.format_stack_entry((f, f.f_lineno))))
    print(strip(b.format_stack_entry((f, None))))
    print(strip(b.format_stack_entry((f, None), ' | ')))
    print(strip(b.format_stack_entry((f, 10 ** 6))))
    __return__ = [1, 2, 3]
    print(strip(b.format_stack_entry((f, None))))

inner()
g = (lambda: sys._getframe())()
print(strip(b.format_stack_entry((g, None))))
