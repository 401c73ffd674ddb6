# capture_locals=True, FrameSummary.locals, StackSummary.extract and walk_stack(None)
import traceback, sys

class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")

def compute(a, b="s"):
    c = [1, 2]
    return a / 0

try:
    compute(1)
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te.stack[-1].locals)
    print(te.stack[0].locals is None)
    out = "".join(traceback.TracebackException.from_exception(e, capture_locals=True, limit=-1).format())
    print(out[out.index(", line"):])
    print(traceback.TracebackException(type(e), e, e.__traceback__).stack[-1].locals)

print(traceback.FrameSummary("f.py", 1, "n", locals={"x": 1, "y": "a"}, line="code").locals)
print(traceback.FrameSummary("f.py", 1, "n", locals={}).locals, traceback.FrameSummary("f.py", 1, "n").locals)
print(traceback.StackSummary.from_list([traceback.FrameSummary("f", 1, "n", locals={"z": 1, "a": [2]}, line="xx")]).format())

def a():
    for fr, ln in traceback.walk_stack(None):
        print("walk", fr.f_code.co_name, ln)
    print([f.name for f in traceback.StackSummary.extract(traceback.walk_stack(None))])
    print([f.name for f in traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)])
    print([f.name for f in traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=-1)])
    ss = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), capture_locals=True, limit=2)
    print(sorted(ss[0].locals), ss[1].locals)
    print([f.name for f in traceback.StackSummary.extract(traceback.walk_tb(sys.exc_info()[2]))])
def b(): a()
def c(): b()
def d(): c()
def e():
    x = 5
    d()
try:
    raise KeyError("k")
except KeyError:
    e()

def g():
    bad = BadRepr()
    raise OSError("x")
try:
    g()
except OSError as e:
    try:
        traceback.TracebackException.from_exception(e, capture_locals=True)
    except ValueError as v:
        print("repr failed:", v)
