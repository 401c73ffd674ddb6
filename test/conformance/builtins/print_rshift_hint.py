# Python 2's `print >>f, x`: CPython's hint in the TypeError (only for print, only for >>).
import sys
for f in (lambda: print >> sys.stderr, lambda: print >> None, lambda: len >> None, lambda: print << None):
    try:
        f()
    except TypeError as e:
        print(e)
p = print
try:
    p >>= 1
except TypeError as e:
    print(e)
print >> sys.stderr, "hello"
