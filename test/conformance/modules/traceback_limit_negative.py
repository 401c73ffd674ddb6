# traceback's limit arguments: a negative limit keeps the last entries (the outermost frames for
# the stack functions), and with no limit sys.tracebacklimit applies (a negative one: no entries).
import traceback, sys
def a(): b()
def b(): c()
def c(): 1/0
def st(): return traceback.extract_stack
def s1(n): return [f.name for f in traceback.extract_stack(limit=n)]
def s2(n): return s1(n)
for n in [None, 0, 1, 2, -1, -2, -100, 100]:
    try: a()
    except ZeroDivisionError:
        print(n, [f.name for f in traceback.extract_tb(sys.exc_info()[2], limit=n)], traceback.format_exc(limit=n).count('\n'))
    print(n, s2(n))
sys.tracebacklimit = 2
try: a()
except ZeroDivisionError:
    print([f.name for f in traceback.extract_tb(sys.exc_info()[2])], traceback.format_exc().count('\n'))
print(s2(None))
sys.tracebacklimit = -3
try: a()
except ZeroDivisionError:
    print([f.name for f in traceback.extract_tb(sys.exc_info()[2])], traceback.format_exc().count('\n'))
print(s2(None))
