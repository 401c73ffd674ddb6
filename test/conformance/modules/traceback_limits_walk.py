# traceback limits (negative ones keep the newest entries, sys.tracebacklimit), walk_tb, print_list, FrameSummary
import sys
import traceback

def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)

def stack(n):
    if n == 0:
        return [(f.name, f.lineno) for f in traceback.extract_stack(limit=-2)], \
               [(f.name, f.lineno) for f in traceback.extract_stack(limit=2)]
    return stack(n - 1)

print(stack(2))
try:
    fail(3)
except ValueError as e:
    tb = e.__traceback__
    for limit in [None, 0, 2, -1, -2, -10]:
        print(limit, [(f.name, f.lineno) for f in traceback.extract_tb(tb, limit=limit)])
    print(traceback.format_tb(tb, limit=-1), file=sys.stderr)
    print("".join(traceback.format_exception(e, limit=-2)), file=sys.stderr)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    traceback.print_list(traceback.extract_tb(tb, limit=1))
    sys.tracebacklimit = 2
    print([f.name for f in traceback.extract_tb(tb)])
    sys.tracebacklimit = -5
    print([f.name for f in traceback.extract_tb(tb)])
    del sys.tracebacklimit
fs = traceback.FrameSummary("a.py", 3, "fn", line="  x = 1  ")
print(fs, fs.filename, fs.lineno, fs.name, repr(fs.line), list(fs))
print(repr(traceback.FrameSummary("nowhere.py", 1, "g").line))
try:
    traceback.print_last()
except ValueError as e:
    print("ValueError", e)
